package org.letterflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.approval.control.HistoricalSheet;
import org.letterflow.extraction.control.RequisiteParser;
import org.letterflow.extraction.control.WorkingCalendar;
import org.letterflow.extraction.entity.PrintedApprovalSheet;
import org.letterflow.document.PdfComposer;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.ClusterLock;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.entity.Requisites;

/**
 * Registers the seed letters once, as their clerks would have: 10-1 and 02-5 outgoing at the
 * ministry, 57-0144 outgoing at Tomsk, 02-55-97/25 at Irkutsk, 1871/23-Д at Tatarstan, and 10-1
 * as incoming at Tomsk with 57-0144 linked to it as its re-issue, and the deliveries between them. The journals' counters for
 * those years are set by the demo migration so that each letter gets its real number.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoLetters {

    private static final Logger LOG = Logger.getLogger(DemoLetters.class.getName());
    private static final String FOLDER = "/db/demo/letters/";

    /** One seed: its files, where it is registered, by whom, and in which journal. */
    record Seed(String file, long organisation, long journal, Direction direction, String clerk) {
    }

    private static final List<Seed> OUTGOING = List.of(
            new Seed("minprosvescheniya-2021-01-12-10-1", 1, 1, Direction.OUTGOING, "minpros.clerk"),
            new Seed("minprosvescheniya-2021-01-14-02-5", 1, 2, Direction.OUTGOING, "minpros.clerk"),
            new Seed("tomsk-2021-01-15-57-0144", 2, 4, Direction.OUTGOING, "tomsk.clerk"),
            new Seed("irkutsk-2025-01-10-02-55-97-25", 6, 12, Direction.OUTGOING, "irkutsk.clerk"),
            new Seed("tatarstan-2023-04-28-1871-23-D", 9, 18, Direction.OUTGOING, "tatarstan.clerk"));

    @PersistenceContext
    EntityManager em;

    private static final WorkingCalendar CALENDAR = WorkingCalendar.russian();

    @Inject
    Filing filing;

    @Inject
    ClusterLock lock;

    @Inject
    @ConfigProperty(name = "letterflow.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        // Instances of a cluster start together: the second waits here and then finds the letters.
        lock.hold(ClusterLock.Work.DEMO_DATA);
        if (registered(1, "10-1")) {
            return;
        }
        Letter tenOne = null;
        Letter tomskCopy = null;
        for (Seed seed : OUTGOING) {
            if (seed.organisation() == 2) {
                tomskCopy = incomingCopyOfTenOne();
            }
            Letter letter = register(seed, json(seed).getString("sender"), null, null, date(seed));
            if (tenOne == null) {
                tenOne = letter;
            }
            if (tomskCopy != null && seed.organisation() == 2) {
                em.createNativeQuery("insert into letter_link (from_letter_id, to_letter_id, kind) values (?1, ?2, ?3)")
                        .setParameter(1, letter.getId()).setParameter(2, tomskCopy.getId())
                        .setParameter(3, LetterLink.REISSUE_OF.name()).executeUpdate();
                chain(tenOne, tomskCopy, letter);
            }
        }
        LOG.info("Demo: the seed letters are registered");
    }

    /**
     * The chain as it happened: 10-1 delivered to Tomsk and registered there, 57-0144 re-issuing
     * it delivered to the city department and the lyceum, which have not registered it yet.
     */
    private void chain(Letter tenOne, Letter tomskCopy, Letter reissue) {
        Number toTomsk = (Number) em.createNativeQuery("""
                        insert into delivery (letter_id, recipient_id, recipient_kind, root_letter_id, state, delivered_at,
                                              registered_letter_id, registered_at, acted_by)
                        values (?1, 2, 'REGIONAL_AUTHORITY', ?1, 'REGISTERED', ?2, ?3, ?4, 'tomsk.clerk') returning id""")
                .setParameter(1, tenOne.getId()).setParameter(2, Timestamp.from(tenOne.getRegistrationDate().atTime(12, 0)
                        .atZone(ZoneId.of("Europe/Moscow")).toInstant()))
                .setParameter(3, tomskCopy.getId()).setParameter(4, Timestamp.from(tomskCopy.getReceivedAt()))
                .getSingleResult();
        em.createNativeQuery("""
                        insert into delivery (letter_id, recipient_id, recipient_kind, parent_id, root_letter_id, ancestors,
                                              state, delivered_at)
                        select ?1, o.id, o.kind, ?2, ?3, array_append(cast('{}' as bigint[]), cast(?2 as bigint)),
                               'DELIVERED', ?4
                          from organisation o where o.id in (3, 5)""")
                .setParameter(1, reissue.getId()).setParameter(2, toTomsk.longValue()).setParameter(3, tenOne.getId())
                .setParameter(4, Timestamp.from(reissue.getRegistrationDate().atTime(15, 0).atZone(ZoneId.of("Asia/Tomsk"))
                        .toInstant()))
                .executeUpdate();
        em.createNativeQuery("update letter set state = 'SENT' where id in (?1, ?2)")
                .setParameter(1, tenOne.getId()).setParameter(2, reissue.getId()).executeUpdate();
    }

    /** 10-1 as it arrived in Tomsk two days after it was sent. */
    private Letter incomingCopyOfTenOne() {
        Seed ministry = OUTGOING.get(0);
        JsonObject json = json(ministry);
        Seed tomsk = new Seed(ministry.file(), 2, 5, Direction.INCOMING, "tomsk.clerk");
        LocalDate received = LocalDate.of(2021, 1, 14);
        return register(tomsk, json.getString("sender"), json.getString("number"), LocalDate.parse(json.getString("date")),
                received);
    }

    private Letter register(Seed seed, String sender, String theirNumber, LocalDate theirDate, LocalDate date) {
        JsonObject json = json(seed);
        Organisation organisation = em.find(Organisation.class, seed.organisation());
        RegistrationJournal journal = em.find(RegistrationJournal.class, seed.journal());
        JsonObject signatory = json.isNull("signatory") ? null : json.getJsonObject("signatory");
        JsonObject executor = json.isNull("executor") ? null : json.getJsonObject("executor");
        Requisites requisites = new Requisites(json.getString("subject"),
                json.getJsonArray("addressees").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.joining("\n")),
                seed.direction() == Direction.INCOMING ? sender : null, theirNumber, theirDate,
                signatory == null ? null : signatory.getString("position"),
                signatory == null ? null : signatory.getString("name"),
                executor == null ? null : executor.getString("name"),
                executor == null || executor.isNull("phone") ? null : executor.getString("phone"),
                null,
                json.isNull("attachments_sheets") ? null : "на " + json.getInt("attachments_sheets") + " л. в 1 экз.",
                false);
        ZoneId zone = organisation.getTimeZone();
        Letter letter = new Letter(organisation, seed.direction(), requisites, seed.clerk(),
                date.atTime(10, 0).atZone(zone).toInstant());
        em.persist(letter);
        em.flush();
        filing.register(letter, journal, date,
                seed.direction() == Direction.INCOMING ? date.atTime(9, 30).atZone(zone).toInstant() : null,
                seed.clerk());
        filing.attach(letter, seed.file() + ".pdf", pdf(seed), true, seed.clerk());
        // a sheet printed in the document (1871/23-Д) is kept as the letter's historical approval
        PrintedApprovalSheet printed = RequisiteParser.parse(text(seed), null, CALENDAR).approvalSheet();
        if (printed != null) {
            em.persist(HistoricalSheet.of(letter.getId(), 1, printed, zone));
        }
        return letter;
    }

    private boolean registered(long organisation, String number) {
        return !em.createNativeQuery("select 1 from letter where organisation_id = ?1 and registration_number = ?2")
                .setParameter(1, organisation).setParameter(2, number).getResultList().isEmpty();
    }

    private static LocalDate date(Seed seed) {
        return LocalDate.parse(json(seed).getString("date"));
    }

    private static JsonObject json(Seed seed) {
        try (InputStream in = resource(seed.file() + ".json"); var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letter's text as a PDF with a text layer, as a scanner-less office would send it. */
    private static byte[] pdf(Seed seed) {
        return new PdfComposer().paragraph(text(seed)).toBytes();
    }

    private static String text(Seed seed) {
        try (InputStream in = resource(seed.file() + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoLetters.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("Demo letter " + name + " is missing from the build");
        }
        return in;
    }
}
