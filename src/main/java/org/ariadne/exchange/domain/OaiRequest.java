package org.ariadne.exchange.domain;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One OAI-PMH 2.0 request, its arguments checked as the protocol says: each verb has required, optional and exclusive
 * arguments; dates are {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ}, both of one granularity; a resumption
 * token stands alone. A request that breaks a rule gives an {@link OaiError} with the protocol's code.
 *
 * @param verb           the verb
 * @param arguments      the arguments as given (for the response's {@code request} element)
 * @param metadataPrefix {@code oai_dc} or {@code marcxml} (for a resumed list, the one of the token)
 * @param from           first datestamp wanted, inclusive, or null
 * @param until          first datestamp no longer wanted (the given "until" made exclusive), or null
 * @param identifier     the item's OAI identifier, or null
 * @param resume         where a list resumes, or null for its first page
 */
public record OaiRequest(Verb verb, Map<String, String> arguments, String metadataPrefix, Instant from, Instant until,
                         String identifier, Token resume) {

    public enum Verb { Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord }

    public static final Set<String> FORMATS = Set.of("oai_dc", "marcxml");
    public static final String IDENTIFIER_PREFIX = "oai:ariadne:";
    public static final DateTimeFormatter DATESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The protocol's error conditions, by their code. */
    public record OaiError(String code, String message) {
    }

    /** A problem with a request, carrying the OAI error. */
    public static final class OaiException extends RuntimeException {
        private final transient OaiError error;

        public OaiException(String code, String message) {
            super(code + ": " + message);
            this.error = new OaiError(code, message);
        }

        public OaiError error() {
            return error;
        }
    }

    /**
     * Where a list resumes: after the item with datestamp {@code afterStamp} (full precision) and id {@code afterId},
     * {@code cursor} items having been sent, with the list's own prefix and bounds.
     */
    public record Token(String metadataPrefix, Instant from, Instant until, Instant afterStamp, long afterId, int cursor) {

        public String encode() {
            String plain = String.join("|", metadataPrefix, from == null ? "" : from.toString(),
                    until == null ? "" : until.toString(), afterStamp.toString(), String.valueOf(afterId),
                    String.valueOf(cursor));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        public static Token decode(String token) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] p = plain.split("\\|", -1);
                if (p.length != 6 || !FORMATS.contains(p[0])) {
                    throw new IllegalArgumentException("wrong parts");
                }
                return new Token(p[0], p[1].isEmpty() ? null : Instant.parse(p[1]),
                        p[2].isEmpty() ? null : Instant.parse(p[2]), Instant.parse(p[3]), Long.parseLong(p[4]),
                        Integer.parseInt(p[5]));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new OaiException("badResumptionToken", "The resumption token is not one this repository issued.");
            }
        }
    }

    private static final Map<Verb, Set<String>> REQUIRED = Map.of(
            Verb.Identify, Set.of(), Verb.ListMetadataFormats, Set.of(), Verb.ListSets, Set.of(),
            Verb.ListIdentifiers, Set.of("metadataPrefix"), Verb.ListRecords, Set.of("metadataPrefix"),
            Verb.GetRecord, Set.of("identifier", "metadataPrefix"));
    private static final Map<Verb, Set<String>> OPTIONAL = Map.of(
            Verb.Identify, Set.of(), Verb.ListMetadataFormats, Set.of("identifier"), Verb.ListSets, Set.of(),
            Verb.ListIdentifiers, Set.of("from", "until", "set"), Verb.ListRecords, Set.of("from", "until", "set"),
            Verb.GetRecord, Set.of());
    private static final Set<Verb> RESUMABLE = Set.of(Verb.ListSets, Verb.ListIdentifiers, Verb.ListRecords);

    /**
     * Checks a request's parameters (each with all its values, as the servlet API gives them).
     *
     * @throws OaiException badVerb, badArgument, badResumptionToken, cannotDisseminateFormat or noSetHierarchy
     */
    public static OaiRequest parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length == 0) {
            throw new OaiException("badVerb", "The request has no verb.");
        }
        if (verbs.length > 1) {
            throw new OaiException("badVerb", "The verb is given more than once.");
        }
        Verb verb;
        try {
            verb = Verb.valueOf(verbs[0]);
        } catch (IllegalArgumentException e) {
            throw new OaiException("badVerb", "\"" + verbs[0] + "\" is not an OAI-PMH verb.");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().equals("verb")) {
                continue;
            }
            if (p.getValue().length != 1) {
                throw new OaiException("badArgument", "The argument " + p.getKey() + " is given more than once.");
            }
            arguments.put(p.getKey(), p.getValue()[0]);
        }
        Set<String> allowed = new java.util.HashSet<>(REQUIRED.get(verb));
        allowed.addAll(OPTIONAL.get(verb));
        if (RESUMABLE.contains(verb)) {
            allowed.add("resumptionToken");
        }
        for (String name : arguments.keySet()) {
            if (!allowed.contains(name)) {
                throw new OaiException("badArgument", verb + " takes no argument " + name + ".");
            }
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw new OaiException("badArgument", "resumptionToken is an exclusive argument: give it alone.");
            }
            if (verb == Verb.ListSets) {
                throw new OaiException("badResumptionToken", "This repository issues no resumption tokens for sets.");
            }
            Token token = Token.decode(arguments.get("resumptionToken"));
            return new OaiRequest(verb, arguments, token.metadataPrefix(), token.from(), token.until(), null, token);
        }
        for (String name : REQUIRED.get(verb)) {
            if (arguments.get(name) == null || arguments.get(name).isBlank()) {
                throw new OaiException("badArgument", verb + " needs the argument " + name + ".");
            }
        }
        String prefix = arguments.get("metadataPrefix");
        if (prefix != null && !FORMATS.contains(prefix)) {
            throw new OaiException("cannotDisseminateFormat", "This repository disseminates oai_dc and marcxml, not \""
                    + prefix + "\".");
        }
        Optional<Bound> from = bound(arguments.get("from"), "from");
        Optional<Bound> until = bound(arguments.get("until"), "until");
        if (from.isPresent() && until.isPresent()) {
            if (from.get().dayOnly != until.get().dayOnly) {
                throw new OaiException("badArgument", "from and until must have the same granularity.");
            }
            if (from.get().start.isAfter(until.get().start)) {
                throw new OaiException("badArgument", "from is later than until.");
            }
        }
        if (arguments.containsKey("set")) {
            throw new OaiException("noSetHierarchy", "This repository does not support sets.");
        }
        return new OaiRequest(verb, arguments, prefix, from.map(b -> b.start).orElse(null),
                until.map(Bound::endExclusive).orElse(null), arguments.get("identifier"), null);
    }

    private record Bound(Instant start, boolean dayOnly) {
        Instant endExclusive() {
            return start.plus(1, dayOnly ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
        }
    }

    private static Optional<Bound> bound(String value, String name) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new Bound(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), true));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                return Optional.of(new Bound(Instant.parse(value), false));
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw new OaiException("badArgument", name + " is \"" + value + "\"; a datestamp is YYYY-MM-DD or "
                + "YYYY-MM-DDThh:mm:ssZ.");
    }

    /** The source id an OAI identifier names, if it names one of this repository's. */
    public static Optional<Long> sourceId(String identifier) {
        if (identifier == null || !identifier.startsWith(IDENTIFIER_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(identifier.substring(IDENTIFIER_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String identifierOf(long sourceId) {
        return IDENTIFIER_PREFIX + sourceId;
    }

    /** A datestamp as OAI-PMH writes it, to the second. */
    public static String datestamp(Instant instant) {
        return DATESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The formats, in the order ListMetadataFormats names them. */
    public static List<String> formats() {
        return List.of("oai_dc", "marcxml");
    }
}
