package org.dineutrino.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database: opened from a directory, migrated by Flyway from the
 * migrations in the jar, queried through jOOQ. Only this package touches it.
 */
public final class Database implements AutoCloseable {

    /** The database file inside the data directory (H2 appends .mv.db). */
    public static final String FILE_NAME = "dineutrino";

    private static final int MAX_CONNECTIONS = 8;

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(String jdbcUrl) {
        this.pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        migrate(pool);
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /**
     * Opens (creating if needed) the database under {@code dataDir}, removing what a process killed
     * inside a sample's write may have left behind, so that every command sees complete samples only.
     */
    public static Database open(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        try {
            Database db = new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=2000");
            int incomplete = db.samples().removeIncomplete();
            if (incomplete > 0) {
                log.warn("removed {} sample(s) whose writing never finished (a process stopped inside the write)",
                        incomplete);
            }
            return db;
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("already in use")) {
                throw new IllegalStateException("the database in " + dataDir.toAbsolutePath() + " is in use by another"
                        + " process (a running server?): stop it, or give this command another --data directory", e);
            }
            throw e;
        }
    }

    /** A private in-memory database (tests), named so that several can coexist. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    DSLContext dsl() {
        return dsl;
    }

    public SampleStore samples() {
        return new SampleStore(dsl);
    }

    public JobStore jobs() {
        return new JobStore(dsl);
    }

    public ModelStore models() {
        return new ModelStore(dsl);
    }

    public RunStore runs() {
        return new RunStore(dsl);
    }

    /** Shuts H2 down cleanly (compacting the file), then releases the pool. */
    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("closing the database failed: " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }
}
