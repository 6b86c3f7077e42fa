package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.ImportedFileDao;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * The score files the chair imported, kept byte for byte: which file a sheet's grades came from,
 * and the original file written out again (checked against its SHA-256 first).
 */
public final class ImportedFileService {

    private final Database db;

    public ImportedFileService(Database db) {
        this.db = db;
    }

    public List<ImportedFile> list() {
        return db.query(c -> new ImportedFileDao(c).all()).stream().map(ImportedFileService::file).toList();
    }

    /** The files imported for the round (score files, CSVs and weights files), oldest first. */
    public List<ImportedFile> list(String roundId) {
        return list().stream().filter(f -> roundId.equals(f.roundId())).toList();
    }

    /** The imported file the sheet's current content came from; empty when it was graded in this database. */
    public Optional<ImportedFile> sourceOf(SheetKey key) {
        return db.query(c -> {
            ImportedFileDao dao = new ImportedFileDao(c);
            Optional<Long> id = dao.sourceOfSheet(key.roundId(), key.evaluatorId(), key.clusterCode());
            return id.isEmpty() ? Optional.<ImportedFileDao.Row>empty() : dao.find(id.get());
        }).map(ImportedFileService::file);
    }

    /** Writes the stored bytes of file {@code id} to {@code out} (atomically), after checking their SHA-256. */
    public ImportedFile exportOriginal(long id, Path out) {
        ImportedFileDao.Row row = db.query(c -> new ImportedFileDao(c).find(id))
                .orElseThrow(() -> new UserFacingException("files.unknown", id));
        byte[] content = db.query(c -> new ImportedFileDao(c).content(id)).orElseThrow();
        if (!ScoreFileReader.sha256(content).equals(row.sha256())) {
            throw new UserFacingException("files.damaged", id, row.fileName());
        }
        Path target = out.toAbsolutePath();
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw AtomicFiles.failure(target, e);
        }
        return file(row);
    }

    private static ImportedFile file(ImportedFileDao.Row r) {
        return new ImportedFile(r.id(), r.sha256(), r.fileName(), r.kind(), r.size(), r.roundId(), r.evaluatorId(),
                r.keyFingerprint(), r.exportedAt(), r.importedAt(), r.importedBy());
    }
}
