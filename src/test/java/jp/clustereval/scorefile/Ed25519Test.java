package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * Signatures are made by the JDK and checked by BouncyCastle's RFC 8032 code: both must accept and
 * refuse exactly the same signatures, and keys keep their X.509 form and fingerprints.
 */
class Ed25519Test {

    private static final byte[] MESSAGE = "{\"format\":\"cluster-eval-score\",\"評価\":\"総じて順調\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRfc8032TestVectorVerifies() {
        // RFC 8032, 7.1, TEST 2 (one-byte message 0x72)
        PublicKey key = Ed25519.publicKey(java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(
                "302a300506032b6570032100" + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")));
        byte[] sig = HexFormat.of().parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        assertTrue(Ed25519.verify(key, new byte[] {0x72}, sig));
        assertTrue(jdkVerify(key, new byte[] {0x72}, sig));
        assertFalse(Ed25519.verify(key, new byte[] {0x73}, sig));
    }

    @Test
    void whatTheJdkSignsVerifiesAndAnyChangedByteDoesNot() throws Exception {
        KeyPair pair = Ed25519.generate();
        byte[] sig = Ed25519.sign(pair.getPrivate(), MESSAGE);
        assertTrue(Ed25519.verify(pair.getPublic(), MESSAGE, sig));
        for (int i = 0; i < MESSAGE.length; i += 7) {
            byte[] changed = MESSAGE.clone();
            changed[i] ^= 1;
            assertFalse(Ed25519.verify(pair.getPublic(), changed, sig), "message byte " + i);
        }
        for (int i = 0; i < sig.length; i++) {
            byte[] changed = sig.clone();
            changed[i] ^= 0x10;
            assertEquals(jdkVerify(pair.getPublic(), MESSAGE, changed), Ed25519.verify(pair.getPublic(), MESSAGE, changed),
                    "signature byte " + i);
            assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, changed), "signature byte " + i);
        }
        assertFalse(Ed25519.verify(Ed25519.generate().getPublic(), MESSAGE, sig), "another key");
    }

    @Test
    void malformedAndMalleatedSignaturesAreRefusedAsTheJdkRefusesThem() throws Exception {
        KeyPair pair = Ed25519.generate();
        byte[] sig = Ed25519.sign(pair.getPrivate(), MESSAGE);
        assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, Arrays.copyOf(sig, 63)));
        assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, Arrays.copyOf(sig, 65)));
        assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, new byte[0]));
        assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, null));
        // S + L (the group order) is the same point equation but not the canonical S: RFC 8032 refuses it
        BigInteger order = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
        // (S < L < 2^253, so S + L still fits the 32 little-endian bytes)
        BigInteger s = new BigInteger(1, reversed(Arrays.copyOfRange(sig, 32, 64))).add(order);
        byte[] malleated = sig.clone();
        byte[] le = reversed(s.toByteArray());
        Arrays.fill(malleated, 32, 64, (byte) 0);
        System.arraycopy(le, 0, malleated, 32, Math.min(32, le.length));
        assertFalse(jdkVerify(pair.getPublic(), MESSAGE, malleated));
        assertFalse(Ed25519.verify(pair.getPublic(), MESSAGE, malleated));
    }

    @Test
    void keysKeepTheirX509FormAndFingerprint() {
        KeyPair pair = Ed25519.generate();
        String encoded = Ed25519.encode(pair.getPublic());
        assertArrayEquals(pair.getPublic().getEncoded(), Ed25519.publicKey(encoded).getEncoded());
        assertEquals(Ed25519.fingerprint(encoded), Ed25519.fingerprint(Ed25519.encode(Ed25519.publicKey(encoded))));
        assertEquals(16 * 4 + 15, Ed25519.fingerprint(encoded).length()); // 64 hex digits in 16 groups of four
    }

    private static boolean jdkVerify(PublicKey key, byte[] data, byte[] sig) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(data);
            return s.verify(sig);
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] reversed(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }
}
