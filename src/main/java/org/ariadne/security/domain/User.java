package org.ariadne.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ariadne.shared.domain.Fields;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Someone who can log in: a name, a salted password hash (never the password) and roles. */
@Entity
@Table(name = "app_user")
@Audited
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    /** Never kept in the history: an old hash is still a secret. */
    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public static User of(String username, String passwordHash, Set<String> roles, Instant at) {
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
        User user = new User();
        user.username = username;
        user.passwordHash = passwordHash;
        user.enabled = true;
        user.roles.addAll(roles);
        user.createdAt = at;
        return user;
    }

    /** The account's fields as its history shows them; never its password hash. */
    public Map<String, String> fields() {
        return new Fields().put("username", username).put("enabled", enabled ? "yes" : "no")
                .put("roles", roles.stream().sorted().toList()).toMap();
    }

    /** Replaces the roles; an account may have none (it can then log in but change nothing). */
    public void grant(Set<String> newRoles) {
        for (String role : newRoles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    /** Whether this account is an administrator who can log in. */
    public boolean activeAdministrator() {
        return enabled && roles.contains(Roles.ADMIN);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
