package org.ismsassessor.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents each enum with the values the API sends. springdoc describes types through swagger-core, which
 * reads them with Jackson 2 and so ignores the Jackson 3 naming the service serializes with (e.g. the verdict's
 * {@code @EnumNaming(KebabCaseStrategy)}: documented NOT_READY, sent not-ready). The values are therefore taken
 * from the service's own mapper, constant by constant.
 */
final class EnumValuesAsSent implements ModelConverter {
    private final JsonMapper mapper;

    EnumValuesAsSent(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || schema.getEnum() == null || type.getType() == null) {
            return schema;
        }
        // swagger-core hands over a Class, a reflection type or its own (Jackson 2) type description.
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isEnum()) {
            return schema;
        }
        List<Object> sent = new ArrayList<>();
        for (Object constant : raw.getEnumConstants()) {
            JsonNode value = mapper.valueToTree(constant);
            if (!value.isString()) {
                return schema;
            }
            sent.add(value.asString());
        }
        schema.setEnum(sent);
        return schema;
    }
}
