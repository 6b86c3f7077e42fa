package jp.clustereval.scorefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The canonical form is RFC 8785's, and what RFC 8785 cannot canonicalise is refused, never written otherwise. */
class CanonicalJsonTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static byte[] canonical(String json) throws Exception {
        return CanonicalJson.bytes(M.readTree(json));
    }

    @Test
    void rfc8785SortingExampleGivesItsBytes() throws Exception {
        // RFC 8785, section 3.2.3: names sorted by UTF-16 code units, written as UTF-8 (only \r escaped)
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), canonical(input));
    }

    @Test
    void rfc8785StringAndLiteralExampleGivesItsBytes() throws Exception {
        // RFC 8785, section 3.2.2, without its fractions (these files have none)
        String input = "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        String expected = "{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), canonical(input));
    }

    @Test
    void integersUpToTwoToTheFiftyThreeMinusOneAreTheirDigitsAndLargerOnesAreRefused() throws Exception {
        assertEquals("[9007199254740991,-9007199254740991,0,2147483648]",
                new String(canonical("[9007199254740991, -9007199254740991, -0, 2147483648]"), StandardCharsets.UTF_8));
        for (String n : new String[] {"9007199254740992", "-9007199254740992", "100000000000000000000000000000"}) {
            CanonicalJson.NotCanonicalException e = assertThrows(CanonicalJson.NotCanonicalException.class,
                    () -> canonical("{\"a\":[1,{\"revision\":" + n + "}]}"));
            assertEquals(CanonicalJson.NotCanonicalException.Kind.NUMBER, e.kind());
            assertEquals("a[1].revision", e.path());
            assertEquals(n, e.detail());
        }
        assertEquals(CanonicalJson.NotCanonicalException.Kind.NUMBER,
                assertThrows(CanonicalJson.NotCanonicalException.class, () -> canonical("{\"x\":1.5}")).kind());
    }

    @Test
    void aLoneSurrogateAnywhereIsRefusedNamingWhereItIs() throws Exception {
        String[][] cases = {
            {"{\"comment\":\"ok?\\ud800\"}", "comment", "\\ud800"},          // a high surrogate at the end
            {"{\"comment\":\"\\udc00ok\"}", "comment", "\\udc00"},            // a low surrogate at the start
            {"{\"c\":\"\\ude00\\ud83d\"}", "c", "\\ude00"},                    // a pair the wrong way round
            {"{\"s\":[{\"items\":[\"x\",\"\\ud800\\ud800\"]}]}", "s[0].items[1]", "\\ud800"},
        };
        for (String[] c : cases) {
            CanonicalJson.NotCanonicalException e = assertThrows(CanonicalJson.NotCanonicalException.class,
                    () -> canonical(c[0]), c[0]);
            assertEquals(CanonicalJson.NotCanonicalException.Kind.NOT_UNICODE, e.kind(), c[0]);
            assertEquals(c[1], e.path(), c[0]);
            assertEquals(c[2], e.detail(), c[0]);
        }
        // in a member name: Jackson 2.23 already refuses such a name while parsing text, so the tree is
        // built here; the canonical form must refuse it whatever made the tree
        com.fasterxml.jackson.databind.node.ObjectNode inner = M.createObjectNode().put("\ud800", 1);
        com.fasterxml.jackson.databind.node.ObjectNode outer = M.createObjectNode();
        outer.set("a", inner);
        CanonicalJson.NotCanonicalException name = assertThrows(CanonicalJson.NotCanonicalException.class,
                () -> CanonicalJson.bytes(outer));
        assertEquals(CanonicalJson.NotCanonicalException.Kind.NOT_UNICODE, name.kind());
        assertEquals("a.\\ud800", name.path());
        assertEquals("\\ud800", name.detail());
        // the refusal of a signed file says so in both languages
        CanonicalJson.NotCanonicalException e = assertThrows(CanonicalJson.NotCanonicalException.class,
                () -> canonical(cases[0][0]));
        assertEquals("comment is not Unicode text: it holds the lone surrogate \\ud800. A signed file may hold only text"
                + " that survives UTF-8 encoding (RFC 8785), so the file is refused.", e.refusal().message(Locale.ROOT));
        assertEquals("signed.notUnicode", e.refusal().key());
    }

    @Test
    void aQuestionMarkAndALoneSurrogateNoLongerHaveTheSameCanonicalForm() throws Exception {
        // the forgery: both used to canonicalise to "?", so a signature over one verified the other
        JsonNode question = M.readTree("{\"comment\":\"?\"}");
        JsonNode surrogate = M.readTree("{\"comment\":\"\\ud800\"}");
        assertEquals("{\"comment\":\"?\"}", CanonicalJson.string(question));
        assertThrows(CanonicalJson.NotCanonicalException.class, () -> CanonicalJson.bytes(surrogate));
    }
}
