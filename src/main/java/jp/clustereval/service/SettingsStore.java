package jp.clustereval.service;
import jp.clustereval.common.AtomicFiles;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.FileRefusedException;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.persistence.BackupStore;

/**
 * Reads and writes {@link Settings} as {@code settings.properties} (UTF-8) in the data directory.
 * Saving is atomic: the new file is written and synced beside the old one, then renamed over it, so
 * a crash leaves either the old or the new settings, never half a file. Loading never fails: a
 * missing file gives the defaults, a file that cannot be read (not a regular file, over 256 KB, not
 * UTF-8) gives them too (logged), and a value that cannot be read falls back to its default
 * (logged), keeping the others.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.properties";
    /** The settings take a few hundred bytes; a larger file is not read (it could be a link to /dev/zero). */
    static final long MAX_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The user's settings file in the data directory. */
    public static SettingsStore inDataDirectory() {
        return new SettingsStore(DataDirectory.defaultDirectory().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Properties p = new Properties();
        try {
            byte[] bytes = BoundedFiles.read(file, MAX_BYTES); // a regular file of at most 256 KB, else not opened
            p.load(new StringReader(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | IllegalArgumentException | FileRefusedException e) {
            LOG.log(Level.WARNING, "Settings file " + file + " cannot be read: defaults are used", e);
            return Settings.defaults();
        }
        Settings d = Settings.defaults();
        Optional<Language> language = read(p, "language", v -> Optional.of(Language.parse(v)), d.language());
        Optional<Path> db = read(p, "database.default", v -> Optional.of(Path.of(v)), d.defaultDatabase());
        int kept = read(p, "backups.kept", v -> {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > BackupStore.MAX_KEEP) {
                throw new IllegalArgumentException("out of range");
            }
            return n;
        }, d.backupsKept());
        Set<String> series = read(p, "radar.series", v -> new LinkedHashSet<>(split(v)), d.radarSeries());
        Optional<Settings.WindowGeometry> window = read(p, "window", v -> {
            String[] f = v.split(",");
            if (f.length != 5) {
                throw new IllegalArgumentException("5 values expected");
            }
            return Optional.of(new Settings.WindowGeometry(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Boolean.parseBoolean(f[4].strip())));
        }, d.window());
        List<Path> recent = new ArrayList<>();
        for (int i = 1; i <= Settings.MAX_RECENT; i++) {
            String v = p.getProperty("database.recent." + i);
            if (v != null && !v.isBlank()) {
                try {
                    recent.add(Path.of(v.strip()));
                } catch (RuntimeException e) {
                    LOG.warning("Settings: recent database " + i + " ignored: " + e);
                }
            }
        }
        java.util.Map<String, Path> folders = new java.util.TreeMap<>();
        for (String kind : Settings.FOLDER_KINDS) {
            read(p, "folder." + kind, v -> {
                Path folder = Path.of(v);
                if (!folder.isAbsolute()) {
                    throw new IllegalArgumentException("not an absolute path");
                }
                return Optional.of(folder);
            }, Optional.<Path>empty()).ifPresent(folder -> folders.put(kind, folder));
        }
        return new Settings(language, db, kept, series, window, recent, folders);
    }

    /** Writes the settings atomically; fails with {@code settings.cannotWrite} and leaves the old file as it was. */
    public void save(Settings s) {
        TreeMap<String, String> values = new TreeMap<>();
        s.language().ifPresent(l -> values.put("language", l.tag()));
        s.defaultDatabase().ifPresent(p -> values.put("database.default", p.toString()));
        values.put("backups.kept", Integer.toString(s.backupsKept()));
        values.put("radar.series", String.join(",", new java.util.TreeSet<>(s.radarSeries())));
        s.window().ifPresent(w -> values.put("window", String.format(Locale.ROOT, "%s,%s,%s,%s,%s",
                w.x(), w.y(), w.width(), w.height(), w.maximized())));
        s.lastFolders().forEach((kind, folder) -> values.put("folder." + kind, folder.toString()));
        for (int i = 0; i < s.recentDatabases().size(); i++) {
            values.put("database.recent." + (i + 1), s.recentDatabases().get(i).toString());
        }
        Properties p = new Properties();
        p.putAll(values);
        StringWriter text = new StringWriter();
        try {
            p.store(text, "ClusterEval settings");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException(e, "settings.cannotWrite", file.toString(), AtomicFiles.reason(e));
        }
    }

    /** Loads, applies the change, saves, and returns the saved settings. */
    public Settings update(java.util.function.UnaryOperator<Settings> change) {
        Settings s = change.apply(load());
        save(s);
        return s;
    }

    private <T> T read(Properties p, String key, ValueParser<T> parser, T fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return parser.parse(v.strip());
        } catch (RuntimeException e) {
            LOG.warning("Settings: " + key + "=" + v + " ignored (" + e.getMessage() + "): the default is used");
            return fallback;
        }
    }

    private static List<String> split(String v) {
        return Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    @FunctionalInterface
    private interface ValueParser<T> {
        T parse(String value);
    }
}
