package jp.clustereval.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that only reads the database. It runs while the desktop (or another command)
 * has the database open, on a consistent copy that process makes; every other command needs the
 * database to itself and is refused while another process holds it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ReadsOnly {
}
