package org.letterflow.document;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.document.FileNames;

/**
 * A file sent as the part "file" of a multipart/form-data request: read up to the upload limit
 * and no further (a larger file is refused without being held in memory), with its name decoded.
 */
public record Upload(String fileName, byte[] bytes) {

    public static Upload of(EntityPart part, UploadLimit limit) throws IOException {
        if (part == null) {
            throw BusinessException.invalid("file", Text.UPLOAD_FILE_MISSING);
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
            if (bytes.length > limit.maxBytes()) {
                throw limit.exceeded();
            }
            return new Upload(FileNames.fromMultipartHeader(part.getFileName().orElse(Text.FILE_UNNAMED.format())), bytes);
        }
    }
}
