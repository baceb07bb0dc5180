package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.giftcardrecon.operations.api.ApiSecurityProperties.Role;
import com.giftcardrecon.operations.api.ApiSecurityProperties.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class ApiUsersTests {

    private final ApiSecurityConfiguration configuration = new ApiSecurityConfiguration();

    @Test
    void serverRefusesToStartWithoutUsers() {
        assertThatThrownBy(() -> configuration.apiUsers(new ApiSecurityProperties(List.of())))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("recon.security.users")
                .extracting(e -> ((InvalidConfigurationPropertyValueException) e).getReason()).asString()
                .contains("at least one API user", "--spring.profiles.active=dev");
    }

    @Test
    void aPasswordMustCarryItsEncodingAndIsNeverEchoed() {
        assertThatThrownBy(() -> configuration.apiUsers(users(new User("ops", "secret", List.of(Role.OPERATOR)))))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("recon.security.users[0].password")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aUserNeedsANameAndARole() {
        assertThatThrownBy(() -> configuration.apiUsers(users(new User(" ", "{noop}x", List.of(Role.FINANCE)))))
                .hasMessageContaining("recon.security.users[0].username");
        assertThatThrownBy(() -> configuration.apiUsers(users(new User("ops", "{noop}x", List.of()))))
                .hasMessageContaining("recon.security.users[0].roles");
    }

    @Test
    void bcryptAndNoopPasswordsBothWork() {
        String hash = "{bcrypt}$2a$10$AkquhfRkYlD3Hs1g4BBHv.MoJxD5Ricy4/r2m4VBO1SAHbXLbw38G"; // ops-dev
        InMemoryUserDetailsManager users = configuration.apiUsers(users(new User("ops", hash, List.of(Role.OPERATOR)),
                new User("finance", "{noop}finance-pw", List.of(Role.FINANCE, Role.SUPPORT))));
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        assertThat(encoder.matches("ops-dev", users.loadUserByUsername("ops").getPassword())).isTrue();
        assertThat(encoder.matches("finance-pw", users.loadUserByUsername("finance").getPassword())).isTrue();
        assertThat(users.loadUserByUsername("finance").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_FINANCE", "ROLE_SUPPORT");
    }

    private static ApiSecurityProperties users(User... users) {
        return new ApiSecurityProperties(List.of(users));
    }
}
