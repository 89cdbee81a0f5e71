package org.ariadne.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimStatusTest {

    @ParameterizedTest(name = "[{index}] stances [{0}], verdicts [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | ''                      | UNSUPPORTED  | no citation: citation needed
            MENTIONS                    | ''                      | UNSUPPORTED  | a mention does not support
            DISPUTES                    | ''                      | UNSUPPORTED  | only disputing citations: still no support
            SUPPORTS                    | ''                      | SUPPORTED    | one supporting citation
            SUPPORTS MENTIONS           | ''                      | SUPPORTED    | mentions change nothing
            SUPPORTS DISPUTES           | ''                      | CONTESTED    | sources disagree
            DISPUTES MENTIONS SUPPORTS  | ''                      | CONTESTED    | order does not matter
            SUPPORTS                    | VERIFIED                | VERIFIED     | a verdict overrides the citations
            ''                          | VERIFIED                | VERIFIED     | even with no citation
            SUPPORTS DISPUTES           | DISPUTED                | DISPUTED     | reviewer disputes
            SUPPORTS                    | NEEDS_SOURCE            | NEEDS_SOURCE | reviewer asks for a source
            SUPPORTS                    | NEEDS_SOURCE VERIFIED   | NEEDS_SOURCE | the newest verdict wins
            SUPPORTS                    | VERIFIED NEEDS_SOURCE   | VERIFIED     | a later verification clears a request
            ''                          | DISPUTED VERIFIED       | DISPUTED     | newest first
            """)
    void derivesStatusFromStancesAndTheLatestVerdict(String stances, String verdicts, ClaimStatus expected, String why) {
        assertEquals(expected, ClaimStatus.derive(parse(stances, Stance::valueOf), parse(verdicts, VerdictKind::valueOf)), why);
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void wireNamesAreLowerCaseWithHyphens(ClaimStatus status) {
        assertEquals(status.name().toLowerCase().replace('_', '-'), status.wireName());
    }

    @ParameterizedTest
    @EnumSource(VerdictKind.class)
    void verdictWireNamesRoundTrip(VerdictKind kind) {
        assertEquals(kind, VerdictKind.fromWireName(kind.wireName()));
    }

    @ParameterizedTest
    @EnumSource(Stance.class)
    void stanceWireNamesRoundTrip(Stance stance) {
        assertEquals(stance, Stance.fromWireName(stance.wireName()));
    }

    private static <T> List<T> parse(String words, java.util.function.Function<String, T> valueOf) {
        return words.isBlank() ? List.of() : Arrays.stream(words.trim().split("\\s+")).map(valueOf).toList();
    }
}
