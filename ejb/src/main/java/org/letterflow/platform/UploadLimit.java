package org.letterflow.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.platform.BusinessException;

/** The largest file a person or a program may upload (LETTERFLOW_UPLOAD_MAX_BYTES, default 50 MB). */
@ApplicationScoped
public class UploadLimit {

    @Inject
    @ConfigProperty(name = "letterflow.upload.max-bytes", defaultValue = "52428800")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public void check(long size) {
        if (size > maxBytes) {
            throw exceeded();
        }
    }

    /** The refusal for a file over the limit, for a caller that stopped reading at the limit. */
    public BusinessException exceeded() {
        return BusinessException.tooLarge(Text.UPLOAD_TOO_LARGE, describe());
    }

    public String describe() {
        return maxBytes >= 1024 * 1024 ? Text.SIZE_MEGABYTES.format(maxBytes / (1024 * 1024))
                : Text.SIZE_BYTES.format(maxBytes);
    }
}
