package jp.clustereval.scorefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.UserFacingException;

/**
 * An evaluator's key pair on disk, one pair per evaluator id in the keys folder:
 * {@code ID.key} (PKCS#8 PEM, owner read/write only from its first byte) and {@code ID.pub} (X.509,
 * base64), each written whole or not at all ({@link AtomicFiles}). Created on first use; never
 * overwritten, because files signed earlier name that key.
 */
public final class KeyFiles {

    private static final Pattern SAFE_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");
    /** Key files hold about 120 bytes (PEM) and 60 (public key): anything over 16 KB is not one of ours. */
    static final long MAX_KEY_FILE_BYTES = 16 * 1024;

    private final Path dir;

    public KeyFiles(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    public Path privateKeyFile(String evaluatorId) {
        return dir.resolve(checked(evaluatorId) + ".key");
    }

    /** The evaluator's key pair, made and saved the first time it is asked for. */
    public KeyPair loadOrCreate(String evaluatorId) {
        Path priv = privateKeyFile(evaluatorId);
        Path pub = dir.resolve(checked(evaluatorId) + ".pub");
        try {
            if (!Files.exists(priv)) {
                create(priv, pub);
            }
            String pem = text(priv);
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance(Ed25519.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new KeyPair(Ed25519.publicKey(text(pub).strip()), key);
        } catch (IOException e) {
            throw new UserFacingException(e, "keys.io", dir.toString(), e.getMessage());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UserFacingException(e, "keys.damaged", priv.toString());
        }
    }

    /** A key file's text: a regular file of at most {@link #MAX_KEY_FILE_BYTES}, else refused before it is opened. */
    private static String text(Path keyFile) throws IOException {
        return new String(BoundedFiles.read(keyFile, MAX_KEY_FILE_BYTES), StandardCharsets.US_ASCII);
    }

    private void create(Path priv, Path pub) throws IOException {
        Files.createDirectories(dir);
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        KeyPair pair = Ed25519.generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        // the public key first: a pair is complete once its private key exists (then never replaced)
        AtomicFiles.write(pub, (Ed25519.encode(pair.getPublic()) + "\n").getBytes(StandardCharsets.US_ASCII));
        AtomicFiles.writeOwnerOnly(priv, pem.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The public keys of the key pairs kept here (an {@code ID.pub} beside its {@code ID.key}), by
     * evaluator id in lower case. A file that is too large or not an Ed25519 public key is left out:
     * these are the keys this machine signs with, and a damaged one signs nothing.
     */
    public java.util.Map<String, String> publicKeys() {
        java.util.Map<String, String> keys = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path pub : files.filter(p -> p.getFileName().toString().endsWith(".pub")).toList()) {
                String name = pub.getFileName().toString();
                String id = name.substring(0, name.length() - ".pub".length());
                if (!SAFE_ID.matcher(id).matches() || !Files.isRegularFile(dir.resolve(id + ".key"))) {
                    continue;
                }
                String key;
                try {
                    key = text(pub).strip();
                    Ed25519.publicKey(key);
                } catch (IOException | RuntimeException damagedOrRefused) {
                    continue;
                }
                keys.put(id.toLowerCase(java.util.Locale.ROOT), key);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "keys.io", dir.toString(), e.getMessage());
        }
        return keys;
    }

    private static String checked(String evaluatorId) {
        if (evaluatorId == null || !SAFE_ID.matcher(evaluatorId).matches()) {
            throw new IllegalArgumentException("Not an evaluator id: " + evaluatorId);
        }
        return evaluatorId;
    }
}
