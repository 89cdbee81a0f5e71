package org.ariadne.bibliography.domain;

import java.util.List;
import java.util.Optional;

/** The uploaded CSL styles. */
public interface CustomStyleRepository {

    Optional<CustomStyle> find(String id);

    boolean exists(String id);

    /** Every uploaded style, by id. */
    List<CustomStyle> all();

    CustomStyle add(CustomStyle style);
}
