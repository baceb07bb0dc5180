package com.giftcardrecon.console;

import com.giftcardrecon.operations.RunNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every console page's header needs, the signed-in user and their role; and a page, not
 * the API's problem JSON, for what was not found. Ordered before the API's advice, which would
 * otherwise answer for these controllers too.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleModel {

    @ModelAttribute("user")
    @Nullable ConsoleUser user(@Nullable Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : ConsoleUser.of(authentication);
    }

    @ExceptionHandler({RunNotFoundException.class, NotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Model model, @Nullable Authentication authentication) {
        model.addAttribute("user", user(authentication));
        model.addAttribute("message", e.getMessage());
        return "not-found";
    }

    /** Something the console looked for is not there. */
    static class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
