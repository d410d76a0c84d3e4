package news.summarizer.core;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;

/** CDI {@link Instance}s for unit tests that build beans by hand. */
public final class Instances {

    private Instances() {
    }

    /** An {@code Instance} that resolves to {@code bean} whatever the qualifier. */
    @SuppressWarnings("unchecked")
    public static <T> Instance<T> only(T bean) {
        return (Instance<T>) Proxy.newProxyInstance(Instances.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "select" -> proxy;
                    case "get" -> bean;
                    case "isResolvable" -> true;
                    case "isUnsatisfied", "isAmbiguous" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "Instance(" + bean + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
