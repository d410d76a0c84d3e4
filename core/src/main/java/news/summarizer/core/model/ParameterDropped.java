package news.summarizer.core.model;

/**
 * A provider refused one named request parameter (HTTP 400), and the provider's chat model has learned to leave it
 * out from now on: the same call is worth sending again at once.
 */
final class ParameterDropped extends RuntimeException {

    private final String parameter;

    ParameterDropped(String parameter, Throwable rejection) {
        super("The provider does not support the parameter '" + parameter + "'", rejection);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
