package org.ariadne.search.infrastructure;

import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.ariadne.claims.domain.Claim;
import org.ariadne.footnotes.domain.Footnote;
import org.ariadne.shared.infrastructure.Setting;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

import java.util.regex.Pattern;

/**
 * Which entities are indexed, and how, declared here rather than with annotations on the entities, so that the
 * domain classes of the other modules stay free of search concerns. The index names carry the prefix of
 * {@code ARIADNE_SEARCH_INDEX_PREFIX} (or {@code -Dariadne.search.index.prefix}), none by default, so that several
 * Ariadne instances can share one OpenSearch cluster.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** What OpenSearch takes at the start of an index name: lower case letters, digits, '-', '_' and '.'. */
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9][a-z0-9_.-]{0,63})?");

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        String prefix = indexPrefix(Setting.of("ariadne.search.index.prefix", "ARIADNE_SEARCH_INDEX_PREFIX")
                .orElse(""));
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(Source.class).indexed().index(prefix + "source");
        mapping.type(Source.class).binder(new SourceDocument());
        mapping.type(Claim.class).indexed().index(prefix + "claim");
        mapping.type(Claim.class).binder(new ClaimDocument());
        mapping.type(Footnote.class).indexed().index(prefix + "footnote");
        mapping.type(Footnote.class).binder(new FootnoteDocument());
        mapping.type(Contributor.class).indexed().index(prefix + "person");
        mapping.type(Contributor.class).binder(new PersonDocument());
    }

    /** The prefix as configured, or why it cannot be one: the deployment fails with that message. */
    static String indexPrefix(String configured) {
        String prefix = configured.strip();
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("ARIADNE_SEARCH_INDEX_PREFIX \"" + configured + "\" cannot start an"
                    + " index name: use at most 64 lower case letters, digits, '-', '_' or '.', starting with a letter"
                    + " or digit (e.g. \"ariadne-\")");
        }
        return prefix;
    }
}
