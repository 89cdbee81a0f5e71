package org.ariadne.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ariadne.catalog.domain.SourceReferences;
import org.ariadne.collections.domain.CollectionRepository;

/** When two records of a work are merged, the survivor joins every collection the loser was in. */
@ApplicationScoped
public class CollectionMemberships implements SourceReferences {

    @Inject
    CollectionRepository collections;

    @Override
    public void redirect(MergePlan merge) {
        collections.redirectMembers(merge.loser(), merge.survivor());
    }
}
