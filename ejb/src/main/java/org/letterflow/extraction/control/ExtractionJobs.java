package org.letterflow.extraction.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extractions running in the background, on the server's managed threads. A finished job is
 * kept for an hour for its owner to collect, then forgotten.
 */
@ApplicationScoped
public class ExtractionJobs {

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, ExtractionJob> jobs = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    public ExtractionJob start(Extractor extractor, String owner, byte[] bytes, String fileName, Integer pages,
                               LocalDate received, Instant now) {
        jobs.values().removeIf(job -> job.started().plus(KEPT).isBefore(now));
        ExtractionJob job = new ExtractionJob(owner, fileName, pages, now);
        jobs.put(job.id(), job);
        executor.execute(() -> job.finish(extractor.extract(bytes, fileName, received, job::pageDone)));
        return job;
    }

    /** The job, for its owner only. */
    public Optional<ExtractionJob> find(String id, String owner) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.owner().equals(owner));
    }
}
