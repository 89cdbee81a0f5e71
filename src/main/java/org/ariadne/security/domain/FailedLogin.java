package org.ariadne.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A login that was refused: the name tried (which may not exist), the client address, when, and why. */
@Entity
@Table(name = "failed_login")
public class FailedLogin {

    /** Why a login was refused. */
    public enum Reason {
        /** The user name is unknown, the password wrong or the account disabled: callers are not told which. */
        REJECTED,
        /** Too many failures for this name or address: refused without looking at the password. */
        THROTTLED
    }

    static final int MAX_USERNAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "failed_login_seq")
    @SequenceGenerator(name = "failed_login_seq", sequenceName = "failed_login_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_USERNAME)
    private String username;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Reason reason;

    protected FailedLogin() {
    }

    public static FailedLogin of(String username, String address, Instant at, Reason reason) {
        FailedLogin login = new FailedLogin();
        String name = username == null ? "" : username;
        login.username = name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
        login.address = address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
        login.at = at;
        login.reason = reason;
        return login;
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public Instant at() {
        return at;
    }

    public Reason reason() {
        return reason;
    }
}
