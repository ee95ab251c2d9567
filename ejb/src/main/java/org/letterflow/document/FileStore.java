package org.letterflow.document;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * File contents in PostgreSQL, once per SHA-256: durable and transactional with the letter they
 * belong to, and shared by every letter that carries the same file.
 */
@Dependent
public class FileStore {

    @PersistenceContext
    EntityManager em;

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Stores the bytes unless equal ones are stored already; answers their hash. */
    public String store(byte[] bytes) {
        String hash = sha256(bytes);
        em.createNativeQuery("insert into file_content (sha256, size, bytes) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, hash)
                .setParameter(2, (long) bytes.length)
                .setParameter(3, bytes)
                .executeUpdate();
        return hash;
    }

    public byte[] read(String hash) {
        Object bytes = em.createNativeQuery("select bytes from file_content where sha256 = ?1")
                .setParameter(1, hash)
                .getResultStream().findFirst().orElse(null);
        if (bytes == null) {
            throw BusinessException.notFound(Text.FILE_NOT_FOUND);
        }
        return (byte[]) bytes;
    }
}
