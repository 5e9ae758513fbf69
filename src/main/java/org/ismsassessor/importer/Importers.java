package org.ismsassessor.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.Limits;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one import: reads the export, merges it into the snapshot, and checks the result as {@code validate} does.
 * Nothing is written here; the outcome carries the snapshot's bytes for the caller to write, or every problem.
 */
public final class Importers {

    /**
     * What an import did or would do.
     *
     * @param json    the merged snapshot; null when anything is wrong
     * @param errors  what stops the import, each with its file and line, column or JSON path
     * @param notes   what was read but not mapped or matched, each with its place
     * @param changes what the merge changed in the snapshot
     * @param read    how many items the export held
     */
    public record Outcome(byte[] json, List<InputError> errors, List<String> notes, Changes changes, int read) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SnapshotLoader loader;

    public Importers(SnapshotLoader loader) {
        this.loader = loader;
    }

    public Outcome run(ImportRequest request) {
        String intoName = request.into().toString();
        ObjectNode before;
        try {
            JsonNode tree = MAPPER.readTree(bytes(request.into()));
            if (!(tree instanceof ObjectNode object)) {
                return failed(intoName, "not a JSON object: expected a snapshot");
            }
            before = object;
        } catch (ExportException e) {
            return failed(e.error());
        } catch (JacksonException e) {
            return failed(intoName, "malformed JSON: " + e.getOriginalMessage());
        }
        ObjectNode snapshot = before.deepCopy();
        SnapshotMerge merge = new SnapshotMerge(snapshot, request.export().toString());
        try {
            apply(request, merge);
        } catch (ExportException e) {
            merge.errors.add(e.error());
        }
        if (!merge.errors.isEmpty()) {
            return new Outcome(null, List.copyOf(merge.errors), List.copyOf(merge.notes), Changes.between(before, before), merge.read);
        }
        if (merge.formatOneOne && "1.0".equals(snapshot.path("formatVersion").asString(null))) {
            snapshot.put("formatVersion", "1.1");
        }
        byte[] json = MAPPER.writeValueAsBytes(snapshot);
        if (loader.load(json) instanceof LoadResult.Rejected rejected) {
            List<InputError> errors = new ArrayList<>();
            for (InputError error : rejected.errors()) {
                String source = merge.sourceOf(error.path());
                errors.add(source != null ? new InputError(source, error.message() + " (" + error.path() + " of the merged"
                        + " snapshot)") : new InputError(error.path(), error.message() + " (in the snapshot merged from "
                        + intoName + ")"));
            }
            return new Outcome(null, errors, List.copyOf(merge.notes), Changes.between(before, snapshot), merge.read);
        }
        return new Outcome(json, List.of(), List.copyOf(merge.notes), Changes.between(before, snapshot), merge.read);
    }

    private void apply(ImportRequest request, SnapshotMerge merge) throws ExportException {
        String file = request.export().toString();
        ImportKind kind = request.kind();
        if (kind.isAccounts()) {
            if (request.systemId() == null) {
                throw new ExportException("--system", "give the asset id of the system the accounts are on (--system ID):"
                        + " the export does not name it");
            }
            if (!merge.hasAsset(request.systemId())) {
                throw new ExportException("--system " + request.systemId(), "no asset with this id in " + request.into()
                        + "; name the system the accounts are on by its asset id");
            }
            ExportCsv csv = ExportCsv.read(file, text(request.export()));
            List<InputError> problems = new ArrayList<>();
            IdentityExport reader = switch (kind) {
                case ENTRA_USERS -> new EntraUsers();
                case GOOGLE_USERS -> new GoogleUsers();
                default -> new OktaUsers();
            };
            List<IdentityAccount> accounts = reader.read(csv, problems);
            Privileges privileges = null;
            if (request.roles() != null) {
                privileges = Privileges.ofRoleAssignments(ExportCsv.read(request.roles().toString(), text(request.roles())),
                        problems);
            }
            if (request.privileged() != null) {
                Privileges listed = Privileges.ofList(request.privileged().toString(), text(request.privileged()));
                if (privileges != null) {
                    listed.where().forEach(privileges.where()::putIfAbsent);
                } else {
                    privileges = listed;
                }
            }
            merge.errors.addAll(problems);
            AccountMerge.merge(merge, accounts, request.systemId(), privileges);
        } else if (kind == ImportKind.HR_CSV) {
            if (request.mapping() == null) {
                throw new ExportException("--mapping", "give the mapping file naming the HR export's columns (--mapping"
                        + " FILE; see docs/importing.md)");
            }
            Path mappingFile = Path.of(request.mapping());
            ColumnMapping mapping = ColumnMapping.read(request.mapping(), text(mappingFile), HrPeople.KEYS);
            HrPeople.merge(merge, ExportCsv.read(file, text(request.export())), mapping);
        } else {
            if (request.assetId() != null && !merge.hasAsset(request.assetId())) {
                throw new ExportException("--asset " + request.assetId(), "no asset with this id in " + request.into());
            }
            ScanReport report = switch (kind) {
                case TRIVY -> TrivyReport.read(file, json(request.export()), merge);
                case GRYPE -> GrypeReport.read(file, json(request.export()), merge);
                default -> scannerCsv(request, merge);
            };
            if (!merge.errors.isEmpty()) {
                return;
            }
            VulnerabilityMerge.merge(merge, report, request.assetId(), request.scanDate());
        }
    }

    private ScanReport scannerCsv(ImportRequest request, SnapshotMerge merge) throws ExportException {
        String file = request.export().toString();
        ExportCsv csv = ExportCsv.read(file, text(request.export()));
        ScannerMapping scanner;
        String mappingName;
        if (request.mapping() == null) {
            scanner = ScannerMapping.preset(csv.header()).orElseThrow(() -> new ExportException("--mapping", "the columns of "
                    + file + " are neither Greenbone's nor Nessus's: give --mapping greenbone, nessus or a mapping FILE"));
            mappingName = "the built-in mapping " + scanner.scanner();
        } else if (ScannerMapping.named(request.mapping()).isPresent()) {
            scanner = ScannerMapping.named(request.mapping()).get();
            mappingName = "the built-in mapping " + scanner.scanner();
        } else {
            scanner = ScannerMapping.of(ColumnMapping.read(request.mapping(), text(Path.of(request.mapping())),
                    ScannerMapping.KEYS));
            mappingName = request.mapping();
        }
        return ScannerCsv.read(csv, scanner, mappingName, merge);
    }

    private JsonNode json(Path file) throws ExportException {
        try {
            return MAPPER.readTree(text(file));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ExportException(file.toString(), "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private String text(Path file) throws ExportException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ExportException(file.toString(), "not UTF-8 text; save the export as UTF-8");
        }
    }

    private byte[] bytes(Path file) throws ExportException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > loader.limits().maxBytes()) {
                throw new ExportException(file.toString(), "the file is " + Limits.size(Files.size(file))
                        + ", more than the limit of " + Limits.size(loader.limits().maxBytes()) + " (--max-snapshot-mb)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExportException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new ExportException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static Outcome failed(String place, String message) {
        return failed(new InputError(place, message));
    }

    private static Outcome failed(InputError error) {
        return new Outcome(null, List.of(error), List.of(), new Changes(List.of(), 0, 0), 0);
    }
}
