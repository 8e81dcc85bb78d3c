package dev.petrel.broker.config;

import java.util.Objects;

/**
 * The {@code <security>} section: authentication, authorization and {@code JMSXUserID}.
 *
 * @param anonymous          whether a connection without user name (and without a mapped client certificate)
 *                           is let in, as user {@code anonymous}; a connection that names a user must always
 *                           authenticate
 * @param populateJmsxUserId whether the broker writes the sender's user name into {@code JMSXUserID} of every
 *                           message (overwriting what the sender put there)
 * @param login              how users are checked
 * @param authorization      who may do what on which destination
 */
public record SecurityConfig(boolean anonymous, boolean populateJmsxUserId, LoginConfig login,
        AuthorizationConfig authorization) {

    public SecurityConfig {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(authorization, "authorization");
    }

    /**
     * The security an empty {@code <broker/>} gets: anonymous access on (an empty broker runs, and says so in
     * a warning at start), no authorization, {@code JMSXUserID} left as sent.
     */
    public static SecurityConfig defaults() {
        return new SecurityConfig(true, false, LoginConfig.defaults(), AuthorizationConfig.off());
    }

    /** A copy with anonymous access switched. */
    public SecurityConfig withAnonymous(boolean allowed) {
        return new SecurityConfig(allowed, populateJmsxUserId, login, authorization);
    }

    /** A copy with other login settings. */
    public SecurityConfig withLogin(LoginConfig newLogin) {
        return new SecurityConfig(anonymous, populateJmsxUserId, newLogin, authorization);
    }

    /** A copy with other authorization. */
    public SecurityConfig withAuthorization(AuthorizationConfig newAuthorization) {
        return new SecurityConfig(anonymous, populateJmsxUserId, login, newAuthorization);
    }

    /** A copy that does or does not populate {@code JMSXUserID}. */
    public SecurityConfig withPopulateJmsxUserId(boolean populate) {
        return new SecurityConfig(anonymous, populate, login, authorization);
    }
}
