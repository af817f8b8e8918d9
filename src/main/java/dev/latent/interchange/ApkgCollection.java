package dev.latent.interchange;


import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The collection database inside an Anki package, opened so that reading it can do no harm: read-only, with
 * {@code trusted_schema} off, no value larger than {@link ApkgImport#MAX_VALUE_BYTES}, and only plain tables read.
 */
final class ApkgCollection {

    private ApkgCollection() {
    }

    /** Opens the extracted collection read-only; the caller closes it. */
    static Connection open(Path collection) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection.toAbsolutePath(), config.toProperties());
        try {
            // No value larger than this leaves SQLite, even one a crafted schema computes: the query fails instead.
            ((SQLiteConnection) db).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, ApkgImport.MAX_VALUE_BYTES);
            // Anki's schema 18 declares names "collate unicase", its own collation; without one SQLite cannot plan
            // queries on those tables. Case-insensitive comparison is all it means.
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            try (Statement statement = db.createStatement()) {
                // A crafted schema could hide function calls in views or triggers; never run them.
                statement.execute("pragma trusted_schema = off");
                statement.execute("pragma query_only = on");
            }
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * The collection's tables, after checking that the tables of an Anki collection are there and that those read
     * are plain tables.
     */
    static Set<String> requireAnkiTables(Connection db, String source) throws SQLException, ApkgException {
        Set<String> tables = tables(db);
        for (String needed : List.of("col", "notes", "cards")) {
            if (!tables.contains(needed)) throw new ApkgException(source + ": not an Anki collection (no " + needed + " table)");
        }
        for (String read : List.of("col", "notes", "cards", "notetypes", "fields", "templates", "decks")) {
            if (tables.contains(read)) requirePlainTable(db, read, source);
        }
        return tables;
    }

    /**
     * Refuses a table whose reading would run code from the file: a virtual table, or a computed (generated)
     * column that could build a huge value on every row read. Anki never makes either.
     */
    private static void requirePlainTable(Connection db, String table, String source) throws SQLException, ApkgException {
        try (PreparedStatement statement = db.prepareStatement("select substr(sql, 1, 200) from sqlite_master where type = 'table' and name = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next() && String.valueOf(result.getString(1)).strip().toLowerCase(Locale.ROOT).startsWith("create virtual")) {
                    throw new ApkgException(source + ": the collection's " + table + " table is a virtual table; not an Anki collection");
                }
            }
        }
        try (Statement statement = db.createStatement();
             ResultSet columns = statement.executeQuery("select name, hidden from pragma_table_xinfo('" + table + "')")) {
            while (columns.next()) {
                if (columns.getInt(2) != 0) {
                    throw new ApkgException(source + ": the collection's " + table + " table has a computed column ("
                            + bounded(String.valueOf(columns.getString(1))) + "); not an Anki collection");
                }
            }
        }
    }

    static Set<String> tables(Connection db) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
            while (result.next()) tables.add(result.getString(1));
        }
        return tables;
    }

    static String bounded(String name) {
        return name.length() > 500 ? name.substring(0, 500) : name;
    }
}
