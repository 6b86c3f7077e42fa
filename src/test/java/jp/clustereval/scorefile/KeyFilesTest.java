package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;

/** An evaluator's key pair on disk: private to its owner from the first byte, written whole or not at all. */
class KeyFilesTest {

    private static final String ID = "6f1c2a7e-0000-4000-8000-00000000000a";

    @TempDir
    Path dir;

    @Test
    void aNewPairIsOwnerOnlyCompleteAndKept() throws Exception {
        Path keys = dir.resolve("keys");
        KeyPair pair = new KeyFiles(keys).loadOrCreate(ID);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(ID + ".key"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        assertEquals(List.of(ID + ".key", ID + ".pub"), names(keys), "no part or temporary file left");
        assertEquals(Ed25519.encode(pair.getPublic()) + "\n", Files.readString(keys.resolve(ID + ".pub")));
        KeyPair again = new KeyFiles(keys).loadOrCreate(ID);
        assertArrayEquals(pair.getPrivate().getEncoded(), again.getPrivate().getEncoded(), "never replaced");
    }

    /** A pair that cannot be saved leaves no file behind, not even a part of the private key. */
    @Test
    void aPairThatCannotBeSavedLeavesNothing() throws Exception {
        Path keys = dir.resolve("keys");
        Files.createDirectories(keys.resolve(ID + ".pub")); // a folder where the public key would go
        UserFacingException e = assertThrows(UserFacingException.class, () -> new KeyFiles(keys).loadOrCreate(ID));
        assertEquals("keys.io", e.key());
        assertEquals(List.of(ID + ".pub"), names(keys));
        assertFalse(Files.exists(keys.resolve(ID + ".key")));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
