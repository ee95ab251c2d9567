package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.JournalImportJobs;
import org.letterflow.registration.boundary.JournalImports;
import org.letterflow.registration.control.BulkImport;
import org.letterflow.registration.entity.ImportField;
import org.letterflow.registration.entity.ImportMapping;
import org.letterflow.registration.entity.JournalImport;
import org.letterflow.registration.entity.RegistrationJournal;
import org.primefaces.event.FileUploadEvent;

/**
 * Справочники → Журналы → «Импорт журнала»: upload an old journal (XLSX or CSV), map its columns,
 * look at the first rows as they would be stored, import; the progress is polled, and a refused
 * file shows its rows and reasons. All or nothing, as the page says.
 */
@Named
@ViewScoped
@ShowsProblems
public class JournalImportPage implements Serializable {

    @Inject
    transient JournalImports imports;

    @Inject
    transient JournalImportJobs jobs;

    @Inject
    transient org.letterflow.registration.boundary.Journals journals;

    private long journalId;
    private String journalName;
    private Long importId;
    private String fileName;
    private List<String> columns = List.of();
    private List<List<String>> sample = List.of();
    private final Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    private boolean header = true;
    private String encoding;
    private String separator;
    private JournalImports.Preview preview;
    private JournalImport job;
    private List<BulkImport.Problem> problems = List.of();

    @PostConstruct
    void open() {
        journalId = PageParameters.id("journal", Text.JOURNAL_NOT_FOUND);
        RegistrationJournal journal = journals.mine().stream().filter(j -> j.getId() == journalId).findFirst()
                .orElseThrow(() -> BusinessException.notFound(Text.JOURNAL_NOT_FOUND));
        journalName = journal.getName();
        imports.of(journalId); // the administrators' check, before anything is shown
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            JournalImports.Uploaded uploaded = imports.upload(journalId, event.getFile().getFileName(), in);
            importId = uploaded.job().getId();
            fileName = uploaded.job().getFileName();
            columns = uploaded.sample().columns();
            sample = uploaded.sample().rows();
            mapping.clear();
            mapping.putAll(ImportMapping.guess(columns).columns());
            preview = null;
            job = null;
            problems = List.of();
        }
    }

    public void preview() {
        preview = imports.preview(journalId, importId, mapping());
    }

    public void start() {
        JournalImport queued = imports.queue(journalId, importId, mapping());
        jobs.start(queued);
        job = queued;
    }

    /** The poll: where the job is; the refused rows once it is refused. */
    public void poll() {
        if (job != null) {
            job = imports.find(journalId, job.getId());
            if (job.getState() == JournalImport.State.REJECTED && problems.isEmpty()) {
                problems = imports.problems(journalId, job.getId());
            }
        }
    }

    /** Another file after this one ended. */
    public void again() {
        importId = null;
        job = null;
        preview = null;
        problems = List.of();
        columns = List.of();
        sample = List.of();
    }

    private ImportMapping mapping() {
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        mapping.forEach((field, column) -> {
            if (column != null && column >= 0) {
                chosen.put(field, column);
            }
        });
        Character sep = separator == null || separator.isEmpty() ? null
                : "tab".equals(separator) ? '\t' : separator.charAt(0);
        return new ImportMapping(chosen, header, encoding == null || encoding.isEmpty() ? null : encoding, sep);
    }

    public String joined(List<String> problems) {
        return String.join("; ", problems);
    }

    public String columnLabel(int index) {
        return (index + 1) + ". " + columns.get(index);
    }

    public List<Integer> getColumnIndexes() {
        return java.util.stream.IntStream.range(0, columns.size()).boxed().toList();
    }

    public ImportField[] getFields() {
        return ImportField.values();
    }

    /** The fields the preview shows: the mapped ones. */
    public List<ImportField> getPreviewFields() {
        return preview == null ? List.of() : java.util.Arrays.stream(ImportField.values())
                .filter(f -> preview.rows().stream().anyMatch(r -> r.values().containsKey(f))).toList();
    }

    public boolean isRunning() {
        return job != null && !job.getState().finished();
    }

    public boolean isUploaded() {
        return importId != null && job == null;
    }

    public Map<ImportField, Integer> getMapping() {
        return mapping;
    }

    public long getJournalId() {
        return journalId;
    }

    public String getJournalName() {
        return journalName;
    }

    public String getFileName() {
        return fileName;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<List<String>> getSample() {
        return sample;
    }

    public JournalImports.Preview getPreview() {
        return preview;
    }

    public JournalImport getJob() {
        return job;
    }

    public List<BulkImport.Problem> getProblems() {
        return problems;
    }

    public boolean isHeader() {
        return header;
    }

    public void setHeader(boolean header) {
        this.header = header;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public String getSeparator() {
        return separator;
    }

    public void setSeparator(String separator) {
        this.separator = separator;
    }
}
