package org.ariadne.exchange.rest;

import jakarta.json.JsonString;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real tools as clients of what the running server writes: pandoc renders the CSL-JSON, biber validates the BibTeX,
 * yaz-marcdump converts the MARCXML to ISO 2709 and MARC::Lint checks it, and Debian's {@code oai_pmh} harvester
 * (HTTP::OAI) harvests {@code /oai}. The Debian packages are installed by {@code .ci/run}.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeToolsIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    /** Five works of five kinds, each field a citation needs filled in. */
    private String works() {
        return """
                [
                 {"id": "a", "type": "article-journal", "title": "The North Korean Refugee Crisis: Human Rights %1$s",
                  "author": [{"family": "Haggard", "given": "Stephen"}, {"family": "Noland", "given": "Marcus"}],
                  "container-title": "Journal of Peace Research", "volume": "12", "issue": "3", "page": "17-38",
                  "issued": {"date-parts": [[2006, 3]]}, "DOI": "10.5555/ariadne.%1$s", "ISSN": "0022-3433",
                  "language": "en"},
                 {"id": "b", "type": "book", "title": "Famine in North Korea %1$s",
                  "author": [{"family": "Haggard", "given": "Stephen"}], "publisher": "Columbia University Press",
                  "publisher-place": "New York", "issued": {"date-parts": [[2007]]}, "ISBN": "9780231140003",
                  "number-of-pages": "368", "collection-title": "Studies of the East Asian Institute"},
                 {"id": "c", "type": "chapter", "title": "Crossing the Tumen %1$s",
                  "author": [{"family": "Müller", "given": "Jürgen"}], "editor": [{"family": "Lee", "given": "Ann"}],
                  "container-title": "Essays on Korea", "publisher": "MIT Press", "publisher-place": "Cambridge, MA",
                  "page": "101-120", "issued": {"date-parts": [[2012]]}, "ISBN": "9780262510875"},
                 {"id": "d", "type": "report", "title": "Hunger and Flight %1$s",
                  "author": [{"literal": "World Food Programme"}], "publisher": "WFP", "publisher-place": "Rome",
                  "issued": {"date-parts": [[2010, 5, 4]]}},
                 {"id": "e", "type": "article-newspaper", "title": "China Returns Defectors %1$s",
                  "author": [{"family": "Kim", "given": "Su-jin"}], "container-title": "The Korea Herald",
                  "issued": {"date-parts": [[2012, 2, 20]]}, "URL": "https://example.org/news/%1$s?a=1&b=2"}
                ]
                """.formatted(run);
    }

    private List<String> catalogue() {
        Api.Reply reply = Api.as("librarian").post("/api/import?onDuplicate=create",
                "application/vnd.citationstyles.csl+json", works());
        assertEquals(200, reply.status(), reply::toString);
        List<String> ids = reply.json().getJsonArray("created").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(5, ids.size(), reply::toString);
        return ids;
    }

    private Path export(String format, List<String> ids, String file) throws IOException {
        Api.Reply reply = Api.anonymous().get("/api/export?format=" + format + "&sources=" + String.join(",", ids));
        assertEquals(200, reply.status(), reply::toString);
        Path path = dir.resolve(file);
        Files.write(path, reply.bytes());
        return path;
    }

    private record Result(int exit, String output) {
    }

    private Result tool(String... command) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of("/usr/bin", command[0])),
                command[0] + " is missing: .ci/run installs it (Debian packages pandoc, biber, yaz, "
                        + "libmarc-lint-perl, libhttp-oai-perl)");
        Path log = dir.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), command[0] + " did not finish in 3 minutes");
        byte[] output = Files.readAllBytes(log);
        // the tools write UTF-8, but the harvester writes Perl's own strings: read what is not UTF-8 as Latin-1
        String text = new String(output, StandardCharsets.UTF_8);
        return new Result(process.exitValue(), text.contains("\uFFFD") ? new String(output, StandardCharsets.ISO_8859_1) : text);
    }

    @Test
    void pandocRendersTheCslJson() throws Exception {
        Path json = export("csl-json", catalogue(), "works.json");
        Path doc = dir.resolve("doc.md");
        Files.writeString(doc, "---\nnocite: \"@*\"\n---\n");
        Result pandoc = tool("pandoc", "--citeproc", "--bibliography=" + json, "-t", "plain", "--wrap=none",
                doc.toString());
        assertEquals(0, pandoc.exit(), pandoc.output());
        // the style title-cases titles, so the run's suffix may come out capitalised
        assertTrue(pandoc.output().toLowerCase(java.util.Locale.ROOT).contains("famine in north korea " + run),
                pandoc.output());
        assertTrue(pandoc.output().contains("Haggard, Stephen, and Marcus Noland. 2006"), pandoc.output());
        assertTrue(pandoc.output().contains("World Food Programme. 2010"), pandoc.output());
        assertFalse(pandoc.output().contains("[WARNING]"), pandoc.output());
    }

    @Test
    void biberValidatesTheBibtex() throws Exception {
        Path bib = export("bibtex", catalogue(), "works.bib");
        Result biber = tool("biber", "--tool", "--validate-datamodel", "--output-file=" + dir.resolve("out.bib"),
                bib.toString());
        assertEquals(0, biber.exit(), biber.output());
        assertFalse(biber.output().contains("WARN"), biber.output() + "\n" + Files.readString(bib));
        assertFalse(biber.output().contains("ERROR"), biber.output());
        String written = Files.readString(dir.resolve("out.bib"));
        assertTrue(written.contains("Famine in {North} {Korea}") || written.contains("Famine in North Korea"), written);
    }

    @Test
    void yazReadsTheMarcxmlAndMarcLintFindsNothingWrong() throws Exception {
        Path xml = export("marcxml", catalogue(), "works.xml");
        Result dump = tool("yaz-marcdump", "-i", "marcxml", "-o", "line", xml.toString());
        assertEquals(0, dump.exit(), dump.output());
        assertEquals(5, dump.output().lines().filter(l -> l.startsWith("245 ")).count(), dump.output());
        assertTrue(dump.output().contains("$a Crossing the Tumen " + run + "."), dump.output());
        Path iso2709 = dir.resolve("works.mrc");
        Process toIso = new ProcessBuilder("yaz-marcdump", "-i", "marcxml", "-o", "marc", xml.toString())
                .redirectOutput(iso2709.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(toIso.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, toIso.exitValue());
        Path lint = dir.resolve("lint.pl");
        Files.writeString(lint, """
                use strict; use warnings;
                use MARC::File::USMARC; use MARC::Lint;
                my $lint = MARC::Lint->new;
                my $file = MARC::File::USMARC->in($ARGV[0]) or die "cannot read $ARGV[0]";
                my $n = 0;
                while (my $record = $file->next) {
                    $n++;
                    $lint->check_record($record);
                    print "record $n: $_\\n" for $lint->warnings;
                }
                print "records: $n\\n";
                """);
        Result lintResult = tool("perl", lint.toString(), iso2709.toString());
        assertEquals(0, lintResult.exit(), lintResult.output());
        assertEquals("records: 5", lintResult.output().strip(), lintResult.output() + "\n" + dump.output());
    }

    @Test
    void debiansHarvesterHarvestsTheOaiProvider() throws Exception {
        String from = Instant.now().minus(2, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> ids = catalogue();
        for (String prefix : List.of("oai_dc", "marcxml")) {
            Result harvest = tool("oai_pmh", "--metadataPrefix", prefix, "--from", from, Api.base() + "/oai");
            assertEquals(0, harvest.exit(), harvest.output());
            List<String> missing = new ArrayList<>();
            for (String id : ids) {
                if (!harvest.output().contains("oai:ariadne:" + id)) {
                    missing.add(id);
                }
            }
            assertTrue(missing.isEmpty(), prefix + ": not harvested " + missing + "\n" + harvest.output());
            assertTrue(harvest.output().contains("China Returns Defectors " + run), harvest.output());
        }
    }
}
