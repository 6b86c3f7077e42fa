package jp.clustereval.scorefile;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys, signatures and key fingerprints: keys and signing with the JDK's own EdDSA provider,
 * verification with BouncyCastle's RFC 8032 code (see {@link #verify}).
 */
public final class Ed25519 {

    public static final String ALGORITHM = "Ed25519";

    /** SubjectPublicKeyInfo of an Ed25519 key up to its 32 raw bytes (RFC 8410: id-Ed25519, no parameters). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks Ed25519", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    /**
     * True only when the signature is a valid Ed25519 signature (RFC 8032) of data by the key.
     * Checked with BouncyCastle's RFC 8032 code rather than the JDK 17 provider: same algorithm and
     * encodings, about 3.5x less CPU per file (the JDK's pure-Java field arithmetic was the largest
     * cost of an import's preview).
     */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        byte[] x509 = key.getEncoded();
        if (signature == null || signature.length != org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE
                || x509 == null || x509.length != X509_PREFIX.length + org.bouncycastle.math.ec.rfc8032.Ed25519.PUBLIC_KEY_SIZE
                || !java.util.Arrays.equals(x509, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return false; // a malformed signature (or a key of another kind) is simply not a valid one
        }
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, x509, X509_PREFIX.length, data, 0, data.length);
    }

    /** The public key of its base64 X.509 form; refused (with the file's message) when it is not an Ed25519 key. */
    public static PublicKey publicKey(String base64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!key.getAlgorithm().equals("EdDSA") && !key.getAlgorithm().equals(ALGORITHM)) {
                throw new ScoreFileException("scorefile.badPublicKey");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ScoreFileException(e, "scorefile.badPublicKey");
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * SHA-256 of the key's X.509 bytes, hex in groups of four ("3f0c 2d9e ..."): what the chair reads
     * to the evaluator over the phone before pinning the key.
     */
    public static String fingerprint(String publicKeyBase64) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKeyBase64));
            String hex = HexFormat.of().formatHex(digest);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                out.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fingerprints as typed by a person: blanks and case do not matter. */
    public static String normalizeFingerprint(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.replaceAll("[\\s:]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
