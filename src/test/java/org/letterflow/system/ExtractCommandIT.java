package org.letterflow.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.control.LetterForms;
import org.letterflow.extraction.control.SeedLetters;

/** {@code java -jar letterflow.jar extract FILE…} as a person runs it: one JSON line a file, in order. */
class ExtractCommandIT {

    private record Run(int exit, List<JsonObject> lines, String errors) {
    }

    private static Run extract(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Launch.javaExecutable(), "-jar",
                System.getProperty("letterflow.jar", "target/letterflow/letterflow.jar"), "extract"));
        command.addAll(arguments);
        Path out = Files.createTempFile("extract", ".jsonl");
        Path err = Files.createTempFile("extract", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "extract finished");
        List<JsonObject> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        return new Run(process.exitValue(), lines, Files.readString(err));
    }

    @Test
    void theSeedsInEveryFormReadAsTheirAnswersSay() throws Exception {
        Path dir = Files.createTempDirectory("seeds");
        List<String> files = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (String seed : SeedLetters.ALL) {
            String text = SeedLetters.text(seed);
            files.add(Files.writeString(dir.resolve(seed + ".txt"), text).toString());
            files.add(Files.write(dir.resolve(seed + ".pdf"), LetterForms.pdf(text)).toString());
            files.add(Files.write(dir.resolve(seed + ".docx"), LetterForms.docx(text)).toString());
            seeds.addAll(List.of(seed, seed, seed));
            if (seed.startsWith("irkutsk") || seed.startsWith("tomsk")) {
                files.add(Files.write(dir.resolve(seed + "-scan.pdf"), LetterForms.scan(text)).toString());
                seeds.add(seed);
            }
        }
        Run run = extract(files);
        assertEquals(0, run.exit(), run.errors());
        assertEquals(files.size(), run.lines().size(), "one line a file");
        for (int i = 0; i < files.size(); i++) {
            JsonObject line = run.lines().get(i);
            assertEquals(files.get(i), line.getString("file"), "in the order given");
            assertEquals("", SeedLetters.differences(SeedLetters.answer(seeds.get(i)), line), files.get(i));
        }
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).endsWith("-scan.pdf"), run.lines().get(i).getBoolean("recognised"),
                    "only the scans are recognised by OCR: " + files.get(i));
        }
    }

    @Test
    void unreadableFilesGetTheirLineWithAnErrorAndTheCommandSucceeds() throws Exception {
        Path dir = Files.createTempDirectory("bad");
        Path garbage = Files.write(dir.resolve("garbage.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run run = extract(List.of(garbage.toString(), dir.resolve("missing.docx").toString(), empty.toString()));
        assertEquals(0, run.exit(), run.errors());
        assertEquals(3, run.lines().size());
        assertFalse(run.lines().get(0).isNull("error"));
        assertEquals("файл не найден", run.lines().get(1).getString("error"));
        assertEquals("файл пуст", run.lines().get(2).getString("error"));
        assertFalse(run.errors().contains("\tat "), "no stack trace");
    }

    @Test
    void misuseIsExitTwoWithAUsageLine() throws Exception {
        Run run = extract(List.of("--received=завтра", "a.txt"));
        assertEquals(2, run.exit());
        assertTrue(run.errors().contains("--received"), run.errors());
    }
}
