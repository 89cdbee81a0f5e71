package org.ariadne.shared.rest;

/**
 * Descriptions shared by many operations of the published OpenAPI document, so each is written once. The error
 * answers themselves ({@code BadRequest}, {@code NotFound}, ...) are declared in {@code META-INF/openapi.yaml}.
 */
public final class ApiDocs {

    public static final String IF_MATCH = "The ETag of the version being changed (as GET gave it); a stale one gives"
            + " 412 and changes nothing.";
    public static final String IF_MATCH_OPTIONAL = IF_MATCH + " Checked when sent.";
    public static final String SOURCE_ID = "The source's id.";
    public static final String CLAIM_ID = "The claim's id.";
    public static final String CONTRIBUTOR_ID = "The contributor's (authority record's) id.";
    public static final String COLLECTION_ID = "The collection's id.";
    public static final String USERNAME = "The account's user name.";
    public static final String REVISION = "A revision number from the history list.";
    public static final String FOOTNOTE_NUMBER = "The footnote's number in the archived text.";
    public static final String PAGE = "The page wanted, counting from 0.";
    public static final String HISTORY = "Every change, oldest first: [{revision, at, by, change}], with the ETag of"
            + " the current version (none once deleted); 404 if it never existed.";
    public static final String REVISION_DETAIL = "That revision with \"fields\" (the aggregate after it, as readable"
            + " text) and \"changes\": [{field, old, new}] against the revision before.";
    public static final String RESTORE = "Takes that revision's content back as a new revision (nothing is erased)"
            + " and answers as GET does, with the new ETag. Needs the role that edits the kind; 428 without If-Match,"
            + " 412 if it changed since, 409 for a deleted aggregate or a revision that deleted it.";

    private ApiDocs() {
    }
}
