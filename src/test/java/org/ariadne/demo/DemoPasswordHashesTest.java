package org.ariadne.demo;

import org.ariadne.security.domain.Roles;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The demo users' stored hashes are real PBKDF2 hashes of their documented passwords (each user's name), checked here
 * with the JDK's own PBKDF2 rather than the server's implementation, and are salted each with a salt of its own.
 */
class DemoPasswordHashesTest {

    @Test
    void everyDemoUserHasAHashOfItsOwnNameWithThePasswordHashersParameters() throws Exception {
        assertEquals(Roles.ALL.size(), DemoData.DEMO_PASSWORD_HASHES.size());
        for (String user : Roles.ALL) {
            String[] parts = DemoData.DEMO_PASSWORD_HASHES.get(user).split(":");
            assertEquals("PBKDF2WithHmacSHA256", parts[0], user);
            assertEquals(210_000, Integer.parseInt(parts[1]), user);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            assertEquals(32, salt.length, user);
            byte[] actual = SecretKeyFactory.getInstance(parts[0])
                    .generateSecret(new PBEKeySpec(user.toCharArray(), salt, 210_000, expected.length * 8)).getEncoded();
            assertArrayEquals(expected, actual, user + "'s hash is not a hash of " + user);
        }
    }

    @Test
    void noTwoDemoUsersShareASalt() {
        String librarian = DemoData.DEMO_PASSWORD_HASHES.get(Roles.LIBRARIAN).split(":")[2];
        for (String user : Roles.ALL.subList(1, Roles.ALL.size())) {
            assertNotEquals(librarian, DemoData.DEMO_PASSWORD_HASHES.get(user).split(":")[2], user);
        }
    }
}
