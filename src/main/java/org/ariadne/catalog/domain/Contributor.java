package org.ariadne.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.ariadne.catalog.domain.csl.PersonName;
import org.ariadne.shared.domain.Fields;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An authority record: one person or organisation across all the works that credit them, under every variant of
 * their name ("Haggard, Stephen" and "Haggard, S." may be the same record).
 */
@Entity
@Table(name = "contributor")
@Audited
public class Contributor {

    public enum Kind { PERSON, ORGANISATION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contributor_seq")
    @SequenceGenerator(name = "contributor_seq", sequenceName = "contributor_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String family;
    private String given;
    private String particle;
    private String suffix;

    @Column(name = "literal_name")
    private String literal;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @ElementCollection
    @CollectionTable(name = "contributor_variant", joinColumns = @JoinColumn(name = "contributor_id"))
    @BatchSize(size = 100)
    private Set<Variant> variants = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The credits of this record, never loaded by the catalogue itself: the search index follows them back to the
     * sources when the name or a variant changes, so that those sources are found by the new form at once.
     */
    @NotAudited
    @OneToMany(mappedBy = "contributor")
    private Set<Contribution> credits = new HashSet<>();

    protected Contributor() {
    }

    public static Contributor named(PersonName name, Instant at) {
        Contributor contributor = new Contributor();
        contributor.kind = name.isOrganisation() ? Kind.ORGANISATION : Kind.PERSON;
        contributor.family = name.family();
        contributor.given = name.given();
        contributor.particle = name.nonDroppingParticle() != null ? name.nonDroppingParticle() : name.droppingParticle();
        contributor.suffix = name.suffix();
        contributor.literal = name.literal();
        contributor.displayName = name.displayName();
        contributor.sortName = name.sortName();
        contributor.nameKey = name.authorityKey();
        contributor.createdAt = at;
        return contributor;
    }

    /** Records another form of this contributor's name, so that works crediting it link here too. */
    public void addVariant(PersonName name) {
        if (!name.authorityKey().equals(nameKey)) {
            variants.add(new Variant(name.authorityKey(), name.displayName()));
        }
    }

    /**
     * Takes over another record of the same person or organisation: its name and variants become variants of
     * this one. The caller moves the other record's credits here and removes it.
     */
    public void absorb(Contributor other) {
        if (!other.nameKey.equals(nameKey)) {
            variants.add(new Variant(other.nameKey, other.displayName));
        }
        for (Variant variant : other.variants) {
            if (!variant.nameKey().equals(nameKey)) {
                variants.add(variant);
            }
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Kind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public String sortName() {
        return sortName;
    }

    public String nameKey() {
        return nameKey;
    }

    public String family() {
        return family;
    }

    public String given() {
        return given;
    }

    public String literal() {
        return literal;
    }

    public String particle() {
        return particle;
    }

    public String suffix() {
        return suffix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Variant> variants() {
        return Collections.unmodifiableSet(variants);
    }

    /** The record's fields as its history shows them. */
    public Map<String, String> fields() {
        return new Fields()
                .put("kind", kind == null ? null : kind.name().toLowerCase(Locale.ROOT))
                .put("name", displayName)
                .put("family", family)
                .put("given", given)
                .put("particle", particle)
                .put("suffix", suffix)
                .put("literal", literal)
                .put("variants", variants.stream().map(Variant::displayName).sorted().toList())
                .toMap();
    }

    /**
     * Takes back the name and variants the record had in an earlier version; the works crediting it stay credited.
     */
    public void restore(Contributor earlier) {
        this.kind = earlier.kind;
        this.family = earlier.family;
        this.given = earlier.given;
        this.particle = earlier.particle;
        this.suffix = earlier.suffix;
        this.literal = earlier.literal;
        this.displayName = earlier.displayName;
        this.sortName = earlier.sortName;
        this.nameKey = earlier.nameKey;
        this.variants.clear();
        for (Variant variant : earlier.variants) {
            this.variants.add(new Variant(variant.nameKey(), variant.displayName()));
        }
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    /**
     * Another written form of the name, with its matching key. A class rather than a record: Envers rebuilds the
     * versions of its history through a no-argument constructor.
     */
    @Embeddable
    public static class Variant {

        @Column(name = "name_key")
        private String nameKey;

        @Column(name = "display_name")
        private String displayName;

        protected Variant() {
        }

        public Variant(String nameKey, String displayName) {
            this.nameKey = nameKey;
            this.displayName = displayName;
        }

        public String nameKey() {
            return nameKey;
        }

        public String displayName() {
            return displayName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Variant other && Objects.equals(nameKey, other.nameKey)
                    && Objects.equals(displayName, other.displayName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nameKey, displayName);
        }
    }
}
