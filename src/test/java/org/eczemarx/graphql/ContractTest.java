package org.eczemarx.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live schema keeps the contract (the product's API sketch, {@code src/test/resources/contract/API.graphql}) for
 * every type it spells out: every field and argument exists; an output is at least as strict as the contract (a
 * non-null there is non-null here, so codegen clients need no optionals); an argument accepts at least what the
 * contract accepts (same named types; it may be more lenient about null).
 */
@QuarkusTest
class ContractTest {

    @Test
    void liveSchemaKeepsTheContractsFieldsArgumentsAndNullability() throws IOException {
        TypeDefinitionRegistry contract = parse(resource("/contract/API.graphql"));
        TypeDefinitionRegistry live = parse(given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var type : contract.types().values()) {
            List<FieldDefinition> contractFields = fieldsOf(type);
            if (contractFields == null) {
                continue;
            }
            List<FieldDefinition> liveFields = live.getType(type.getName()).map(ContractTest::fieldsOf).orElse(null);
            if (liveFields == null) {
                problems.add("type " + type.getName() + " is missing");
                continue;
            }
            for (FieldDefinition wanted : contractFields) {
                String where = type.getName() + "." + wanted.getName();
                Optional<FieldDefinition> found = liveFields.stream().filter(f -> f.getName().equals(wanted.getName())).findFirst();
                if (found.isEmpty()) {
                    problems.add(where + " is missing");
                    continue;
                }
                checked++;
                if (!atLeastAsStrict(found.get().getType(), wanted.getType())) {
                    problems.add(where + ": live " + text(found.get().getType()) + ", contract " + text(wanted.getType()));
                }
                for (InputValueDefinition argument : wanted.getInputValueDefinitions()) {
                    Optional<InputValueDefinition> liveArgument = found.get().getInputValueDefinitions().stream()
                            .filter(a -> a.getName().equals(argument.getName())).findFirst();
                    if (liveArgument.isEmpty()) {
                        problems.add(where + "(" + argument.getName() + ") is missing");
                    } else if (!atLeastAsStrict(argument.getType(), liveArgument.get().getType())) {
                        problems.add(where + "(" + argument.getName() + "): live " + text(liveArgument.get().getType())
                                + " does not accept the contract's " + text(argument.getType()));
                    }
                }
            }
        }
        assertThat(checked).as("contract fields compared").isGreaterThan(40);
        assertThat(problems).as("differences from the contract").isEmpty();
    }

    /** Whether every value of type {@code strict} is also a value of type {@code loose}. */
    private static boolean atLeastAsStrict(Type<?> strict, Type<?> loose) {
        if (loose instanceof NonNullType looseNonNull) {
            return strict instanceof NonNullType strictNonNull && atLeastAsStrict(strictNonNull.getType(), looseNonNull.getType());
        }
        Type<?> inner = strict instanceof NonNullType nonNull ? nonNull.getType() : strict;
        if (loose instanceof ListType looseList) {
            return inner instanceof ListType strictList && atLeastAsStrict(strictList.getType(), looseList.getType());
        }
        return inner instanceof TypeName name && name.getName().equals(((TypeName) loose).getName());
    }

    private static List<FieldDefinition> fieldsOf(graphql.language.TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getFieldDefinitions();
        }
        if (type instanceof graphql.language.InterfaceTypeDefinition anInterface) {
            return anInterface.getFieldDefinitions();
        }
        return null;
    }

    private static String text(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return text(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + text(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ContractTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
