package jp.clustereval.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Where each kind of file chooser was last left, kept across starts (the user's settings). */
public interface FolderMemory {

    /** The folder a chooser of this kind was last left in, if any. */
    Optional<Path> lastFolder(String kind);

    /** A file or folder was chosen in a chooser of this kind: its folder is the next one's start. */
    void chosenIn(String kind, Path folder);
}
