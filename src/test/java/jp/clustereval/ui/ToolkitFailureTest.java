package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.clustereval.common.UserFacingException;

/**
 * The texts JavaFX 21's glass throws when it cannot start (copied from its GtkApplication and
 * from a real UnsatisfiedLinkError of the dynamic loader), wrapped as Application.launch wraps
 * them, classified into what the person must do. DesktopStartFailureTest drives the first two
 * through the real toolkit; this covers the variants it cannot produce on one machine.
 */
class ToolkitFailureTest {

    private static RuntimeException launched(Throwable t) {
        return new RuntimeException("Exception in Application start method", t);
    }

    @Test
    void noDisplayNamesTheVariable() {
        UserFacingException u = ToolkitFailure.classify(launched(new UnsupportedOperationException("Unable to open DISPLAY")),
                Map.of("DISPLAY", ":99"));
        assertEquals("startup.noDisplay", u.key());
        assertEquals("DISPLAY=:99 cannot be opened", u.args()[0]);
        assertEquals("DISPLAY is not set", ToolkitFailure.classify(
                new UnsupportedOperationException("Unable to open DISPLAY"), Map.of()).args()[0]);
    }

    @Test
    void glassWithoutGtk3AndAMissingLibraryOfGlassAreGtkMissing() {
        assertEquals("startup.noGtk", ToolkitFailure.classify(
                new UnsupportedOperationException("Unable to load glass GTK library."), Map.of()).key());
        String loader = "/root/.openjfx/cache/21.0.12/amd64/libglassgtk3.so: libgtk-3.so.0: cannot open shared object file:"
                + " No such file or directory";
        UserFacingException u = ToolkitFailure.classify(launched(new UnsatisfiedLinkError(loader)), Map.of());
        assertEquals("startup.noGtk", u.key());
        assertEquals(loader, u.args()[0]);
    }

    @Test
    void anyOtherFailureIsTheToolkitsOwnWords() {
        UserFacingException u = ToolkitFailure.classify(launched(new RuntimeException("No toolkit found")), Map.of());
        assertEquals("startup.toolkit", u.key());
        assertEquals("RuntimeException: No toolkit found", u.args()[0]);
    }
}
