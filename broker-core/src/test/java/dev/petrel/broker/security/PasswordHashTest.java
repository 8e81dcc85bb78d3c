package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The stored password format: PBKDF2:iterations:salt:hash, salted per user. */
class PasswordHashTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String stored = PasswordHash.hash("s3cret".toCharArray(), 1000);
        assertThat(stored).matches("PBKDF2:1000:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}");
        assertThat(PasswordHash.verify("s3cret".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.verify("s3cret!".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSaltDiffersEachTime() {
        assertThat(PasswordHash.hash("same".toCharArray(), 10)).isNotEqualTo(PasswordHash.hash("same".toCharArray(), 10));
    }

    @Test
    void aBrokenEntryIsReportedWithoutEchoingIt() {
        assertThatThrownBy(() -> PasswordHash.verify("x".toCharArray(), "plaintext-password"))
                .hasMessageContaining("PBKDF2:ITERATIONS:SALT:HASH").hasMessageNotContaining("plaintext-password");
    }

    @Test
    void aRecentlyVerifiedPasswordIsRecognisedAndAWrongOneStillRefused() {
        String stored = PasswordHash.hash("pw".toCharArray(), 1000);
        assertThat(VerifiedPasswords.verify("pw".toCharArray(), stored)).isTrue();
        assertThat(VerifiedPasswords.verify("pw".toCharArray(), stored)).isTrue();
        assertThat(VerifiedPasswords.verify("pW".toCharArray(), stored)).isFalse();
    }
}
