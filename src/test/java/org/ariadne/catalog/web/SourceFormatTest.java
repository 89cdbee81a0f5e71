package org.ariadne.catalog.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFormatTest {

    private final SourceFormat format = new SourceFormat();

    @Test
    void labelsANameRoleAsASentence() {
        assertEquals("Author", format.roleLabel("author"));
        assertEquals("Container author", format.roleLabel("container-author"));
        assertEquals("Editorial director", format.roleLabel("editorial-director"));
        assertEquals("", format.roleLabel(""));
    }
}
