package org.ariadne.claims.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ariadne.claims.application.ClaimDraft;
import org.ariadne.claims.application.ClaimRecord;
import org.ariadne.claims.domain.SourceRef;
import org.ariadne.claims.domain.Trace;
import org.ariadne.claims.domain.TraceCitation;
import org.ariadne.claims.domain.TraceCite;
import org.ariadne.claims.domain.TraceFootnote;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.rest.JsonBodies;

import java.util.ArrayList;
import java.util.List;

import static org.ariadne.shared.domain.Jsons.JSON;

/** Claims, verdicts and traces to and from the JSON of the contract; ids are strings. */
final class ClaimJson {

    private ClaimJson() {
    }

    static JsonObject toJson(ClaimRecord claim) {
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        for (ClaimRecord.CitationRecord c : claim.citations()) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("source", String.valueOf(c.source()));
            nullable(json, "sourceTitle", c.sourceTitle());
            nullable(json, "locator", c.locator());
            nullable(json, "label", c.label());
            nullable(json, "quote", c.quote());
            json.add("stance", c.stance()).add("quoteFound", c.quoteFound());
            if (c.quoteFound()) {
                json.add("quoteStart", c.quoteStart()).add("quoteEnd", c.quoteEnd());
            }
            citations.add(json);
        }
        JsonArrayBuilder verdicts = JSON.createArrayBuilder();
        for (ClaimRecord.VerdictRecord v : claim.verdicts()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("verdict", v.verdict());
            nullable(json, "comment", v.comment());
            verdicts.add(json.add("by", v.by()).add("at", v.at().toString()));
        }
        return JSON.createObjectBuilder()
                .add("id", String.valueOf(claim.id()))
                .add("text", claim.text())
                .add("status", claim.status().wireName())
                .add("author", claim.author())
                .add("createdAt", claim.createdAt().toString())
                .add("updatedAt", claim.updatedAt().toString())
                .add("version", claim.version())
                .add("citations", citations)
                .add("verdicts", verdicts)
                .build();
    }

    static JsonObject toJson(Trace trace) {
        JsonArrayBuilder citations = JSON.createArrayBuilder();
        for (TraceCitation c : trace.citations()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("source", source(c.source()));
            nullable(json, "locator", c.locator());
            nullable(json, "quote", c.quote());
            citations.add(json.add("quoteFound", c.quoteFound())
                    .add("stance", c.stance().wireName())
                    .add("footnotes", footnotes(c.footnotes())));
        }
        JsonArrayBuilder primary = JSON.createArrayBuilder();
        trace.primarySources().forEach(primary::add);
        JsonArrayBuilder problems = JSON.createArrayBuilder();
        trace.problems().forEach(problems::add);
        return JSON.createObjectBuilder()
                .add("claim", JSON.createObjectBuilder().add("id", trace.claim().id()).add("text", trace.claim().text()))
                .add("citations", citations)
                .add("primarySources", primary)
                .add("problems", problems)
                .build();
    }

    private static JsonArrayBuilder footnotes(List<TraceFootnote> footnotes) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (TraceFootnote note : footnotes) {
            JsonArrayBuilder cites = JSON.createArrayBuilder();
            for (TraceCite cite : note.cites()) {
                JsonObjectBuilder json = JSON.createObjectBuilder().add("source", source(cite.source()));
                nullable(json, "locator", cite.locator());
                nullable(json, "quote", cite.quote());
                if (cite.quoteFound() == null) {
                    json.addNull("quoteFound");
                } else {
                    json.add("quoteFound", cite.quoteFound());
                }
                cites.add(json.add("footnotes", footnotes(cite.footnotes())));
            }
            array.add(JSON.createObjectBuilder().add("number", note.number()).add("text", note.text())
                    .add("cites", cites));
        }
        return array;
    }

    private static JsonObjectBuilder source(SourceRef ref) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", ref.id());
        nullable(json, "title", ref.title());
        return json;
    }

    /** The body {@code {"text": "..", "citations": [{"source", "locator", "label", "quote", "stance"}]}}. */
    static ClaimDraft draft(String body) {
        JsonObject json = object(body, "The body must be a JSON object with \"text\" and \"citations\".");
        String text = text(json, "text", "text");
        JsonValue citations = json.get("citations");
        List<ClaimDraft.CitationDraft> drafts = new ArrayList<>();
        if (citations != null && citations.getValueType() != JsonValue.ValueType.NULL) {
            if (citations.getValueType() != JsonValue.ValueType.ARRAY) {
                throw InvalidInputException.ofField("citations",
                        "Give \"citations\" as a list of {\"source\": id, \"locator\", \"label\", \"quote\", \"stance\"}.");
            }
            JsonArray array = citations.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String field = "citations[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw InvalidInputException.ofField(field, "Each citation must be a JSON object.");
                }
                JsonObject c = array.get(i).asJsonObject();
                drafts.add(new ClaimDraft.CitationDraft(JsonBodies.sourceId(c.get("source"), field + ".source"),
                        text(c, "locator", field + ".locator"), text(c, "label", field + ".label"),
                        text(c, "quote", field + ".quote"), text(c, "stance", field + ".stance")));
            }
        }
        return new ClaimDraft(text, drafts);
    }

    /** The body {@code {"verdict": "..", "comment": ".."}}. */
    static String[] verdict(String body) {
        JsonObject json = object(body, "The body must be a JSON object with \"verdict\" and \"comment\".");
        String verdict = text(json, "verdict", "verdict");
        if (verdict == null) {
            throw InvalidInputException.ofField("verdict", "Give the verdict: verified, disputed or needs-source.");
        }
        return new String[] {verdict, text(json, "comment", "comment")};
    }

    private static JsonObject object(String body, String message) {
        JsonValue value = JsonBodies.parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.ofField("", message);
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject json, String name, String field) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return ((JsonString) value).getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER && name.equals("locator")) {
            return value.toString();
        }
        throw InvalidInputException.ofField(field, "\"" + name + "\" must be text.");
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
