package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextTest {

    /** The sources that say texts: this module's and the web module's beside it. */
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"));

    private static Properties bundle() {
        Properties bundle = new Properties();
        try (InputStream in = Text.class.getResourceAsStream("Text.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    @Test
    void theEnumAndTheBundleHoldTheSameKeys() {
        Set<String> constants = Arrays.stream(Text.values()).map(Text::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>(bundle().stringPropertyNames());
        Set<String> withoutText = new TreeSet<>(constants);
        withoutText.removeAll(keys);
        Set<String> withoutConstant = new TreeSet<>(keys);
        withoutConstant.removeAll(constants);
        assertEquals(Set.of(), withoutText, "constants of Text with no text in Text.properties");
        assertEquals(Set.of(), withoutConstant, "texts in Text.properties with no constant in Text");
    }

    @Test
    void everyTextIsSaidSomewhere() throws IOException {
        Pattern used = Pattern.compile("\\bText\\.([A-Z0-9_]+)\\b");
        Set<String> said = new TreeSet<>();
        for (Path root : SOURCE_ROOTS.stream().filter(Files::isDirectory).toList()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Text.java")).toList()) {
                    Matcher m = used.matcher(Files.readString(file));
                    while (m.find()) {
                        said.add(m.group(1));
                    }
                }
            }
        }
        Set<String> unsaid = Arrays.stream(Text.values()).map(Text::name).filter(name -> !said.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unsaid, "texts no code says: remove them from Text and Text.properties");
    }

    @Test
    void everyTextIsAPatternMessageFormatReads() {
        for (Text text : Text.values()) {
            // a lone apostrophe would swallow the rest of the text, an unquoted brace fail here
            String pattern = bundle().getProperty(text.name());
            new MessageFormat(pattern);
            assertTrue(pattern.replace("''", "").replaceAll("'[{}]+'", "").indexOf('\'') < 0, text + ": " + pattern);
        }
    }

    @Test
    void valuesAreWrittenAsTheyAreNotAsLocalisedNumbers() {
        assertEquals("1234567 байт", Text.SIZE_BYTES.format(1_234_567L));
        assertEquals("20 МБ", Text.SIZE_MEGABYTES.format(20L));
        assertEquals("«null»: дата в виде дд.мм.гггг, например 05.03.2026", Text.FILTER_DATE_INVALID.format((Object) null));
    }

    @Test
    void aRefusalSaysItsText() {
        BusinessException refused = BusinessException.tooLarge(Text.UPLOAD_TOO_LARGE, "20 МБ");
        assertEquals("Файл больше допустимых 20 МБ", refused.getMessage());
        assertEquals("file", refused.field());
        assertEquals(BusinessException.Kind.TOO_LARGE, refused.kind());
    }
}
