package org.ariadne.it;

import java.util.List;

/**
 * Makes sure the users the tests log in as exist: the embedded default has them as demo users; on PostgreSQL
 * the first administrator (ARIADNE_ADMIN_PASSWORD, "admin" in the test run) creates them through the API.
 */
public final class TestUsers {

    private static volatile boolean ensured;

    private TestUsers() {
    }

    public static synchronized void ensure() {
        if (ensured || !Api.onPostgresql()) {
            return;
        }
        for (String role : List.of("librarian", "writer", "reviewer")) {
            Api.Reply reply = Api.as("admin").post("/api/users", "application/json",
                    "{\"username\":\"" + role + "\",\"password\":\"" + Api.passwordOf(role) + "\",\"roles\":[\"" + role + "\"]}");
            if (reply.status() != 201 && reply.status() != 409) {
                throw new IllegalStateException("Could not create test user " + role + ": " + reply);
            }
        }
        ensured = true;
    }
}
