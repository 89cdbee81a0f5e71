package org.ariadne.search.infrastructure;

import org.ariadne.catalog.domain.Contributor;
import org.ariadne.catalog.domain.Source;
import org.ariadne.claims.domain.Claim;
import org.ariadne.footnotes.domain.Footnote;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * Which entities are indexed, and how, declared here rather than with annotations on the entities, so that the
 * domain classes of the other modules stay free of search concerns.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(Source.class).indexed().index("source");
        mapping.type(Source.class).binder(new SourceDocument());
        mapping.type(Claim.class).indexed().index("claim");
        mapping.type(Claim.class).binder(new ClaimDocument());
        mapping.type(Footnote.class).indexed().index("footnote");
        mapping.type(Footnote.class).binder(new FootnoteDocument());
        mapping.type(Contributor.class).indexed().index("person");
        mapping.type(Contributor.class).binder(new PersonDocument());
    }
}
