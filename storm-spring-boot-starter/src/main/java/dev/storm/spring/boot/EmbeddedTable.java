package dev.storm.spring.boot;

/** Present when STORM runs on an embedded server: the table is then created at start-up when absent. */
final class EmbeddedTable {
}
