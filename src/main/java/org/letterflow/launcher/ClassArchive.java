package org.letterflow.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The server's classes as the JVM had them after a start (JDK 17 dynamic class-data sharing), kept
 * in the data folder so that the next start maps them instead of reading, verifying and linking
 * tens of thousands of classes again. The first start on a folder records the archive as its JVM
 * exits ({@code -XX:ArchiveClassesAtExit}); later starts use it ({@code -XX:SharedArchiveFile}).
 *
 * <p>An archive is only valid for the JVM and the jars it was made with, so its name carries a
 * fingerprint of both: a new Java or a rebuilt letterflow.jar, Payara Micro or WAR makes a new
 * archive on its next start, and the stale one is removed. The JVM writes the archive under a
 * temporary name that the launcher renames once the server has exited, so a server killed while
 * writing leaves no half archive behind to be tried again.
 */
record ClassArchive(Path file) {

    static final String VARIABLE = "LETTERFLOW_CLASS_ARCHIVE";
    private static final String SUFFIX = ".jsa";
    private static final String PARTIAL = ".partial";

    /**
     * The archive for this JVM and these jars in {@code folder}, or empty when switched off
     * ({@code LETTERFLOW_CLASS_ARCHIVE=false}) or when the JVM was given class-data sharing options by hand.
     */
    static Optional<ClassArchive> choose(String setting, List<String> jvmOptions, Path folder,
                                                   String jvm, List<Path> jars) {
        if ("false".equalsIgnoreCase(setting == null ? "" : setting.strip())
                || jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit"))) {
            return Optional.empty();
        }
        return Optional.of(new ClassArchive(folder.resolve("letterflow-" + fingerprint(jvm, jars) + SUFFIX)));
    }

    /**
     * The JVM options for the server: use the archive when there is one, otherwise record it at
     * exit — quietly, as the JVM would otherwise list each of the thousands of classes it leaves
     * out (not yet linked, generated at run time) as a warning.
     */
    List<String> options() {
        return Files.isRegularFile(file)
                ? List.of("-XX:SharedArchiveFile=" + file)
                : List.of("-XX:ArchiveClassesAtExit=" + partial(), "-Xlog:cds=off");
    }

    /** Before the server starts: the folder exists and holds no archive of other jars or another JVM. */
    void prepare() throws IOException {
        Files.createDirectories(file.getParent());
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path other : files.filter(p -> !p.equals(file) && p.getFileName().toString().startsWith("letterflow-"))
                    .toList()) {
                Files.deleteIfExists(other);
            }
        }
    }

    /** After the server has exited: an archive it wrote completely becomes the one later starts use. */
    synchronized void keep() {
        Path partial = partial();
        try {
            if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            System.err.println("The class archive " + partial + " could not be kept: " + e.getMessage());
        }
    }

    private Path partial() {
        return file.resolveSibling(file.getFileName() + PARTIAL);
    }

    /** The JVM's identity and each jar's size and modification time: what the JVM itself checks an archive against. */
    static String fingerprint(String jvm, List<Path> jars) {
        StringBuilder identity = new StringBuilder(jvm);
        for (Path jar : jars) {
            try {
                identity.append('|').append(jar.toAbsolutePath()).append(':').append(Files.size(jar)).append(':')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                identity.append('|').append(jar).append(":missing");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
