package org.ariadne.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.shared.domain.Fields;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogued work: one CSL-JSON item kept exactly as it was given, the facts derived from it that the catalogue
 * sorts, filters and matches on, the contributors it credits, and optionally its archived text.
 */
@Entity
@Table(name = "source")
@Audited
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_type", nullable = false)
    private String type;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_key", nullable = false)
    private String titleKey;

    @Column(name = "issued_sort")
    private String issuedSort;

    @Column(name = "issued_year")
    private Integer issuedYear;

    @Column(name = "container_title")
    private String containerTitle;

    @Column(name = "first_creator")
    private String firstCreator;

    @Column(name = "creator_key")
    private String creatorKey;

    private String doi;
    private String isbn;
    private String issn;
    private String url;

    /** The CSL-JSON item as given, without Ariadne's {@code id} and {@code custom} members. */
    @Column(name = "csl", nullable = false, columnDefinition = "TEXT")
    private String csl;

    @ElementCollection
    @CollectionTable(name = "source_tag", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "tag")
    @BatchSize(size = 100)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "source_subject", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "subject")
    @BatchSize(size = 100)
    private Set<String> subjects = new LinkedHashSet<>();

    /** Derived from the item's names on every change, so the item's history already says who was credited. */
    @NotAudited
    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role ASC, position ASC")
    @BatchSize(size = 100)
    private List<Contribution> contributions = new ArrayList<>();

    @Embedded
    private ArchivedText text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Source() {
    }

    /** Catalogues a new work from its CSL-JSON item. */
    public static Source catalogue(CslItem item, Set<String> tags, Set<String> subjects, String by, Instant at) {
        Source source = new Source();
        source.createdAt = at;
        source.createdBy = by;
        source.describe(item, tags, subjects, by, at);
        return source;
    }

    /**
     * The same work catalogued again after it was deleted: under the id it had, with a version after the last one
     * it had (so no ETag it ever carried matches again), first catalogued when it first was, and described as
     * {@code earlier} (one of its recorded versions) described it. Its history goes on under that id.
     */
    public static Source catalogueAgain(Source earlier, long lastVersion, String by, Instant at) {
        Source source = catalogue(earlier.item(), Set.copyOf(earlier.tags()), Set.copyOf(earlier.subjects()), by, at);
        source.id = earlier.id;
        source.version = lastVersion + 1;
        source.createdAt = earlier.createdAt;
        source.createdBy = earlier.createdBy;
        return source;
    }

    /** Replaces the description with a new CSL-JSON item; everything the item says is kept as given. */
    public void describe(CslItem item, Set<String> tags, Set<String> subjects, String by, Instant at) {
        SourceFacts facts = item.facts();
        this.csl = item.json();
        this.type = facts.type();
        this.title = facts.title();
        this.titleKey = facts.titleKey();
        this.issuedSort = facts.issuedSort();
        this.issuedYear = facts.issuedYear();
        this.containerTitle = facts.containerTitle();
        this.firstCreator = facts.firstCreator();
        this.creatorKey = facts.creatorKey();
        this.doi = facts.doi();
        this.isbn = facts.isbn();
        this.issn = facts.issn();
        this.url = facts.url();
        this.tags.clear();
        this.tags.addAll(tags);
        this.subjects.clear();
        this.subjects.addAll(subjects);
        touch(by, at);
    }

    /** Links the contributors this item credits, in the item's order, replacing earlier links. */
    public void credit(Collection<Credit> credits) {
        contributions.clear();
        for (Credit credit : credits) {
            contributions.add(new Contribution(this, credit.contributor(), credit.role(), credit.position()));
        }
    }

    /** Archives a text for this work; the bytes themselves live in the text store under their digest. */
    public void archive(ArchivedText archived, String by, Instant at) {
        this.text = Objects.requireNonNull(archived);
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public CslItem item() {
        return CslItem.fromJson(csl);
    }

    /** The CSL-JSON item exactly as stored (what {@link #item()} reads), for writers of the row itself. */
    public String cslJson() {
        return csl;
    }

    public boolean hasVersion(long expected) {
        return version == expected;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String titleKey() {
        return titleKey;
    }

    public Integer issuedYear() {
        return issuedYear;
    }

    public String issuedSort() {
        return issuedSort;
    }

    public String containerTitle() {
        return containerTitle;
    }

    public String firstCreator() {
        return firstCreator;
    }

    public String creatorKey() {
        return creatorKey;
    }

    public String doi() {
        return doi;
    }

    public String isbn() {
        return isbn;
    }

    public String issn() {
        return issn;
    }

    public String url() {
        return url;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    public Set<String> subjects() {
        return Collections.unmodifiableSet(subjects);
    }

    public List<Contribution> contributions() {
        return Collections.unmodifiableList(contributions);
    }

    public Optional<ArchivedText> text() {
        return Optional.ofNullable(text);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /**
     * The source's fields as its history shows them: the CSL item's variables (names, dates and the type as people
     * read them), tags, subjects and text.
     */
    public Map<String, String> fields() {
        Fields fields = new Fields();
        item().tree().forEach((variable, value) -> fields.put(variable, CslItems.readable(variable, value)));
        fields.put("tags", tags.stream().sorted().toList());
        fields.put("subjects", subjects.stream().sorted().toList());
        if (text != null) {
            fields.put("text", text.mediaType() + ", " + text.bytes() + " bytes, SHA-256 " + text.sha256());
        }
        return fields.toMap();
    }

    /** A contributor credited in a role (CSL name variable) at a position in that role's list. */
    public record Credit(Contributor contributor, String role, int position) {
    }

    /** Read-only view of the raw item for callers that only need the tree. */
    public Map<String, Object> itemTree() {
        return item().tree();
    }
}
