package org.eczemarx.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Keeps docs/DATA.md in step with the migrations: renders the card from the freshly migrated test database and fails
 * when the committed card differs. With {@code -Ddatacard.write=true} it writes the card instead.
 */
@QuarkusTest
class DataCardTest {

    private static final Path CARD = Path.of("docs", "DATA.md");

    @Test
    void committedDataCardMatchesTheDatabase() throws SQLException, IOException {
        String rendered;
        try (Connection connection = TestDatabase.connect()) {
            rendered = DataCard.render(connection);
        }
        if (Boolean.getBoolean("datacard.write")) {
            Files.createDirectories(CARD.getParent());
            Files.writeString(CARD, rendered, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(CARD) ? Files.readString(CARD, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/DATA.md is stale: regenerate with " + DataCard.COMMAND)
                .isEqualTo(rendered);
    }

    @Test
    void renderingIsDeterministic() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            assertThat(DataCard.render(connection)).isEqualTo(DataCard.render(connection));
        }
    }
}
