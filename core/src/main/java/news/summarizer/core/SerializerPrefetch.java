package news.summarizer.core;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds a mapper's serializers for a record and for every record and enum it holds (through lists, maps and optionals
 * too), ahead of the first value written. Jackson introspects each type the first time it writes one (accessors,
 * annotations, creators) and keeps the serializer in the mapper's cache, which every later writer of that mapper
 * uses: for a summary's dozen types that is about a tenth of a cold start's first request (docs/performance.md,
 * seventh session).
 */
final class SerializerPrefetch {

    private SerializerPrefetch() {
    }

    /** The types whose serializers were built, the root first. */
    static Set<Class<?>> serializers(ObjectMapper mapper, Class<?> root) {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(root, types);
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        for (Class<?> type : types) {
            try {
                provider.findTypedValueSerializer(type, true, null);
            } catch (JsonMappingException e) {
                throw new IllegalStateException("No serializer for " + type.getName(), e);
            }
        }
        return types;
    }

    private static void collect(Type type, Set<Class<?>> types) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, types);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, types);
            }
        } else if (type instanceof Class<?> plain && (plain.isRecord() || plain.isEnum()) && types.add(plain)
                && plain.isRecord()) {
            for (RecordComponent component : plain.getRecordComponents()) {
                collect(component.getGenericType(), types);
            }
        }
    }
}
