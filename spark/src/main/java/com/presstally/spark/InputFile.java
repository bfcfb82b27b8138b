package com.presstally.spark;

import java.io.Serializable;

/**
 * One file of the corpus as the driver listed it.
 *
 * @param id       its path under the corpus root, {@code /}-separated: the article id of spec §1
 * @param uri      where a task reads it
 * @param modified last modification, epoch milliseconds: the date of last resort, as in the weekly job
 */
record InputFile(String id, String uri, long size, long modified) implements Serializable {
}
