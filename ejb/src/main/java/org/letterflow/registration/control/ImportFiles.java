package org.letterflow.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.JournalImport;

/**
 * The uploaded files of journal imports: streamed to the instance's disk (never held in memory,
 * at most {@code letterflow.import.max-bytes}), found again for the next step, deleted after.
 */
@Dependent
public class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    @Inject
    @ConfigProperty(name = "letterflow.import.max-bytes", defaultValue = "1073741824")
    long maxBytes;

    /** Where uploads wait for their import: the server's temporary directory. */
    Path directory = Path.of(System.getProperty("java.io.tmpdir"), "letterflow-imports");

    /** Keeps the upload in a file of its own; an empty or too large one is refused and nothing kept. */
    public Path store(InputStream content) {
        if (content == null) {
            throw BusinessException.invalid("file", Text.IMPORT_FILE_MISSING);
        }
        Path stored = null;
        try {
            Path dir = Files.createDirectories(directory);
            stored = Files.createTempFile(dir, "journal-", ".upload");
            long size;
            try (InputStream in = content; var out = Files.newOutputStream(stored)) {
                byte[] buffer = new byte[1 << 16];
                size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw BusinessException.tooLarge(Text.IMPORT_FILE_TOO_LARGE, (maxBytes >> 20));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw BusinessException.invalid("file", Text.FILE_EMPTY);
            }
            return stored;
        } catch (IOException e) {
            delete(stored);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(stored);
            throw e;
        }
    }

    /**
     * The uploaded file, kept on the instance that took it: in a cluster without sticky sessions the
     * next step may reach another instance, which says so instead of failing.
     */
    public static Path stored(JournalImport job) {
        Path path = Path.of(job.getStoredPath());
        if (!Files.isReadable(path)) {
            throw BusinessException.conflict(Text.IMPORT_UPLOAD_LOST);
        }
        return path;
    }

    public static void delete(Path stored) {
        if (stored != null) {
            try {
                Files.deleteIfExists(stored);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + stored + ": " + e);
            }
        }
    }
}
