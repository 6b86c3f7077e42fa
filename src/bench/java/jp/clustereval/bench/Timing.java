package jp.clustereval.bench;

import java.util.Arrays;

/** Timed runs of one case (after warm-ups), in milliseconds. */
public record Timing(double[] runsMs) {

    /** A run that returns the nanoseconds it wants counted (setup outside its own clock is not counted). */
    @FunctionalInterface
    public interface Run {
        long nanos() throws Exception;
    }

    public static Timing measure(int runs, int warmups, Run run) {
        try {
            for (int i = 0; i < warmups; i++) {
                run.nanos();
            }
            double[] ms = new double[Math.max(1, runs)];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = run.nanos() / 1e6;
            }
            return new Timing(ms);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public double median() {
        double[] s = runsMs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public double min() {
        return Arrays.stream(runsMs).min().orElse(Double.NaN);
    }

    public double max() {
        return Arrays.stream(runsMs).max().orElse(Double.NaN);
    }
}
