package org.ariadne.security.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Salted PBKDF2-HMAC-SHA256, 210,000 iterations (OWASP's 2023 figure), through Jakarta Security's hash. */
@Dependent
public class PasswordHasher {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** A hash of a password nobody has, to spend the same time on unknown user names as on known ones. */
    private static final String DECOY = "PBKDF2WithHmacSHA256:210000:"
            + "c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    private final Pbkdf2PasswordHash hash;

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        this.hash.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String hashed) {
        return hash.verify(password, hashed);
    }

    public void spendTimeOfAVerification(char[] password) {
        hash.verify(password, DECOY);
    }
}
