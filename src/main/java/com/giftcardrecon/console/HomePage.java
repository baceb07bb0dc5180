package com.giftcardrecon.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Sign-in, the start page, and the page a refusal shows. */
@Controller
@ConditionalOnWebApplication
class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Everyone starts at the runs: every role may read them. */
    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "denied";
    }
}
