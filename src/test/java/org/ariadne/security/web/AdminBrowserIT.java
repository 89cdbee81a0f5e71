package org.ariadne.security.web;

import org.ariadne.it.Api;
import org.ariadne.it.Browser;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator creates a user in the pages, changes its roles, disables it, sets a new password and sees a
 * failed login; the new user then logs in with that password. Under the Content-Security-Policy, with no script
 * refused by the browser.
 */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void administratorManagesAUserAndSeesFailedLogins() {
        String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.logInAs("admin");
            admin.click("#nav-users");
            admin.waitForUrl("/admin/users.xhtml");

            admin.type("input[id='users:username']", name);
            admin.type("input[id='users:password']", "short");
            admin.click("button[id='users:create']");
            admin.waitForText("[id='users']", "at least 8 characters");
            assertEquals(404, Api.as("admin").get("/api/users/" + name).status(), "nothing created from a bad form");

            admin.type("input[id='users:username']", name);
            admin.type("input[id='users:password']", "first-password-1");
            admin.driver().findElement(By.cssSelector("label[for='users:roles:2']")).click();
            admin.click("button[id='users:create']");
            admin.waitForText("[id='users:messages']", "User " + name + " created.");
            assertEquals(List.of("reviewer"), roles(name));

            admin.open("/admin/user.xhtml?name=" + name);
            admin.waitForText("#user-name", name);
            admin.driver().findElement(By.cssSelector("label[for='user:roles:1']")).click();
            admin.driver().findElement(By.cssSelector("label[for='user:roles:2']")).click();
            admin.click("button[id='user:save']");
            admin.waitForText("[id='messages']", "User " + name + " saved.");
            assertEquals(List.of("writer"), roles(name));

            admin.type("input[id='password:newPassword']", "second-password-2");
            admin.click("button[id='password:reset']");
            admin.waitForText("[id='messages']", "Password of " + name + " set.");

            List<LogEntry> refused = admin.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getMessage().contains("Content Security Policy")).toList();
            assertTrue(refused.isEmpty(), "the browser refused no script: " + refused);
        }

        try (Browser user = new Browser()) {
            user.open("/login.xhtml");
            user.type("input[id='login:username']", name);
            user.type("input[id='login:password']", "first-password-1");
            user.click("button[id='login:submit']");
            user.waitForText("[id='login']", "The user name or password is wrong.");

            user.type("input[id='login:username']", name);
            user.type("input[id='login:password']", "second-password-2");
            user.click("button[id='login:submit']");
            user.waitForText("#caller-name", name);
            assertTrue(user.driver().findElements(By.id("nav-users")).isEmpty(), "no user pages for a writer");
            user.open("/admin/users.xhtml");
            assertFalse(user.driver().getPageSource().contains("users:create"), "a writer cannot open the user pages");
        }

        try (Browser admin = new Browser()) {
            admin.logInAs("admin");
            admin.click("#nav-failed-logins");
            admin.waitForText("[id='failed:table']", name);
        }
    }

    private static List<String> roles(String name) {
        return Api.as("admin").get("/api/users/" + name).json().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
