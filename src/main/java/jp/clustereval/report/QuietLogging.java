package jp.clustereval.report;

/**
 * PDFBox (through commons-logging) and POI log through the Log4j API; with no Log4j provider on the
 * class path Log4j prints "could not find a logging provider" on every run. Its built-in simple
 * logger (errors only) keeps the command line's output clean. A choice made by the user wins.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void ensure() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
