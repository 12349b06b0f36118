package org.eczemarx.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Map;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.api.Test;

/** The start-up schema check sees the migrations Flyway sees, with the checksums Flyway computes. */
class SchemaAtStartTest {

    @Test
    @SuppressWarnings("deprecation") // Flyway's own resource classes compute the checksum we compare with
    void everyMigrationOfTheFolderIsFoundWithFlywaysChecksum() throws Exception {
        Map<String, Integer> local = SchemaAtStart.localMigrations();

        String[] files = new File("db/migration").list((folder, name) -> name.endsWith(".sql"));
        assertThat(local).hasSize(files.length);
        ClassLoader loader = getClass().getClassLoader();
        local.forEach((name, checksum) -> assertThat(checksum).as(name).isEqualTo(ChecksumCalculator.calculate(
                new ClassPathResource(new Location("classpath:db/migration"), name, loader, UTF_8))));
    }

    @Test
    void checksumIgnoresLineBreaksAndALeadingByteOrderMarkAsFlywayDoes() throws Exception {
        for (String text : new String[] { "", "select 1;", "a\nb\r\nc\n", "\uFEFFcreate table t (x int);\r\n\nselect 1;" }) {
            assertThat(SchemaAtStart.checksum(new ByteArrayInputStream(text.getBytes(UTF_8)))).as(text)
                    .isEqualTo(ChecksumCalculator.calculate(new StringResource(text)));
        }
        assertThat(SchemaAtStart.checksum(new ByteArrayInputStream("a\nb".getBytes(UTF_8))))
                .isEqualTo(SchemaAtStart.checksum(new ByteArrayInputStream("a\r\nb\n".getBytes(UTF_8))));
    }
}
