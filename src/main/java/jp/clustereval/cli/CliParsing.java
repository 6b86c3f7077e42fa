package jp.clustereval.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.clustereval.common.UserFacingException;

/**
 * Text the command line's options carry, turned into the numbers the services take. Weights as
 * people type them: {@code A=30,B=20,C=20,D=10,E=20}. Numbers are relative (the service normalises
 * them), so 30,20,20,10,20 and 0.3,0.2,... mean the same, and a trailing {@code %} is allowed.
 * Refuses, with a message naming the culprit, anything that is not CODE=NUMBER, a repeated code, a
 * negative or non-finite number.
 */
final class CliParsing {

    private CliParsing() {
    }

    /** One list of weights, in the order typed. */
    static Map<String, Double> weights(String text) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            throw new UserFacingException("weights.empty");
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new UserFacingException("weights.syntax", p);
            }
            String code = p.substring(0, eq).strip();
            String number = p.substring(eq + 1).strip().replace("%", "");
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new UserFacingException("weights.notNumber", code, number);
            }
            if (!Double.isFinite(value)) {
                throw new UserFacingException("weights.notNumber", code, number);
            }
            if (value < 0) {
                throw new UserFacingException("weights.negative", code, number);
            }
            if (weights.put(code, value) != null) {
                throw new UserFacingException("weights.duplicate", code);
            }
        }
        return weights;
    }

    /** Several {@code --item} options are one list. */
    static Map<String, Double> weights(Iterable<String> texts) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (String text : texts) {
            for (var e : weights(text).entrySet()) {
                if (all.put(e.getKey(), e.getValue()) != null) {
                    throw new UserFacingException("weights.duplicate", e.getKey());
                }
            }
        }
        return all;
    }
}
