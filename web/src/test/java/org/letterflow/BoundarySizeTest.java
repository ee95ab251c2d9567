package org.letterflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's measure of a boundary that grew too many use cases: no class in a {@code boundary}
 * package, in ejb or web, over {@value #MAX_LINES} lines. One that grows past it is split by use
 * case (as {@code Tasks} gave {@code Resolutions} and {@code Discipline}), not squeezed.
 */
class BoundarySizeTest {

    static final int MAX_LINES = 250;

    /** Relative to the web module, where Maven runs this test; ejb's sources lie beside it. */
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"));

    @Test
    void noBoundaryClassIsOverTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int boundaries = 0;
        for (Path root : SOURCE_ROOTS) {
            // a root not found would let the test pass on nothing
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is not there");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(BoundarySizeTest::inBoundary).sorted().toList()) {
                    boundaries++;
                    long lines = Files.readAllLines(file).size();
                    if (lines > MAX_LINES) {
                        tooLong.add(root.relativize(file) + " (" + lines + " lines)");
                    }
                }
            }
        }
        assertTrue(boundaries > 0, "no boundary class found under " + SOURCE_ROOTS);
        assertEquals(List.of(), tooLong, "boundary classes over " + MAX_LINES + " lines: split them by use case");
    }

    private static boolean inBoundary(Path file) {
        return file.toString().endsWith(".java") && file.getParent() != null
                && file.getParent().getFileName().toString().equals("boundary");
    }
}
