package news.summarizer.http;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The HTTP function with the openai provider pointed at the fake model server. */
public class ModelProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeModelResource.class));
    }
}
