package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import org.eczemarx.drug.DrugFilterInput;
import org.eczemarx.drug.Route;
import org.eczemarx.safety.ContraindicationFilterInput;
import org.junit.jupiter.api.Test;

/** Argument values as graphql-java coerced them, converted to the parameter types of resolvers. */
class ArgumentsTest {

    public List<String> ids;

    @Test
    void scalarsEnumsAndNulls() {
        assertThat(Arguments.convert("upadacitinib", String.class)).isEqualTo("upadacitinib");
        assertThat(Arguments.convert(10, Integer.class)).isEqualTo(10);
        assertThat(Arguments.convert(10, int.class)).isEqualTo(10);
        assertThat(Arguments.convert(2.5, Double.class)).isEqualTo(2.5);
        assertThat(Arguments.convert(true, Boolean.class)).isEqualTo(true);
        assertThat(Arguments.convert(false, boolean.class)).isEqualTo(false);
        assertThat(Arguments.convert("ORAL", Route.class)).isEqualTo(Route.ORAL);
        assertThat(Arguments.convert(null, Route.class)).isNull();
    }

    @Test
    void listsElementByElement() throws NoSuchFieldException {
        Type listOfStrings = ArgumentsTest.class.getField("ids").getGenericType();
        assertThat(Arguments.convert(List.of("a", "b"), listOfStrings)).isEqualTo(List.of("a", "b"));
    }

    @Test
    void inputObjectsThroughTheirPublicFieldsNestedToo() {
        Object converted = Arguments.convert(Map.of("route", "ORAL", "ageMonths", 24,
                "contraindicatedIn", Map.of("population", "PREGNANCY")), DrugFilterInput.class);
        assertThat(converted).isInstanceOf(DrugFilterInput.class);
        DrugFilterInput filter = (DrugFilterInput) converted;
        assertThat(filter.route).isEqualTo(Route.ORAL);
        assertThat(filter.ageMonths).isEqualTo(24);
        assertThat(filter.contraindicatedIn).isInstanceOf(ContraindicationFilterInput.class);
        assertThat(filter.text).isNull();
    }
}
