package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation corpus's letters, as text, still read as their answers say: a guard against a
 * change to the parser that mends one letter and breaks another. (The evaluation harness measures
 * the other forms and the speed; see BENCHMARKS.md.)
 */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("extraction.corpus", "../src/test/resources/extraction-corpus"));

    @ParameterizedTest
    @ValueSource(strings = {"tuning", "held-out"})
    void everyLetterOfTheSetReadsAsItsAnswerSays(String set) throws IOException {
        List<Path> letters;
        try (Stream<Path> files = Files.list(CORPUS.resolve(set))) {
            letters = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(letters.size() >= 14, "the corpus is there: " + CORPUS.toAbsolutePath());
        StringBuilder wrong = new StringBuilder();
        for (Path letter : letters) {
            JsonObject expected = Json.createReader(new StringReader(
                    Files.readString(letter.resolveSibling(letter.getFileName().toString().replace(".txt", ".json"))))).readObject();
            JsonObject actual = ExtractionJson.of(RequisiteParser.parse(Files.readString(letter), null,
                    WorkingCalendar.russian())).build();
            String differences = SeedLetters.differences(expected, actual);
            if (!differences.isEmpty()) {
                wrong.append(letter.getFileName()).append(":\n").append(differences).append('\n');
            }
        }
        assertEquals("", wrong.toString());
    }
}
