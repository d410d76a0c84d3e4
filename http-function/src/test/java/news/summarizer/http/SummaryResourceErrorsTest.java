package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem document and never reaches the model. */
@QuarkusTest
@TestProfile(ModelProfile.class)
class SummaryResourceErrorsTest {

    @BeforeEach
    void resetModel() {
        FakeModelResource.model().reset();
    }

    @AfterEach
    void noModelCall() {
        org.assertj.core.api.Assertions.assertThat(FakeModelResource.model().callCount()).as("model calls for bad input").isZero();
    }

    @Test
    void should_answer_400_when_body_is_empty_or_whitespace() {
        // Without it an empty request would be sent to the model.
        given().contentType("text/plain; charset=UTF-8").body(" \n\t ")
                .when().post("/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("empty_article"))
                .body("title", equalTo("The article is empty"));
    }

    @Test
    void should_answer_400_when_body_is_not_utf8() {
        // Without it Latin-1 bytes would be decoded into garbage and summarised.
        given().contentType("text/plain; charset=UTF-8").body(new byte[] {'K', (byte) 0xF6, 'l', 'n', ' ', 'i', 's', 't'})
                .when().post("/summaries")
                .then().statusCode(400).body("code", equalTo("invalid_encoding"));
    }

    @Test
    void should_answer_400_when_body_is_binary() {
        // Without it a PDF or image posted as text would be "summarised".
        given().contentType("text/plain; charset=UTF-8").body(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3})
                .when().post("/summaries")
                .then().statusCode(400).body("code", equalTo("binary_content"));
    }

    @Test
    void should_answer_400_when_json_is_malformed() {
        // Without it a JSON syntax error would surface as a 500.
        given().contentType("application/json; charset=UTF-8").body("{\"text\": \"Der Rat")
                .when().post("/summaries")
                .then().statusCode(400).body("code", equalTo("invalid_request"));
    }

    @Test
    void should_answer_413_when_article_exceeds_the_limit() {
        // Without the limit one huge upload could run up the model bill.
        given().contentType("text/plain; charset=UTF-8").body("Wort ".repeat(40_001))
                .when().post("/summaries")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("article_too_large"))
                .body("detail", containsString("200000"));
    }

    @Test
    void should_answer_415_when_content_type_is_unsupported() {
        // Without it a PDF would be read as text.
        given().contentType("application/pdf").body(new byte[] {1, 2, 3})
                .when().post("/summaries")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void should_answer_problem_json_when_method_or_path_is_wrong() {
        // Without it clients would have to parse two error formats.
        given().when().get("/summaries")
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("method_not_allowed"));
        given().contentType("text/plain").body("Text").when().post("/summary")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
    }

    @Test
    void should_describe_the_contract_when_openapi_is_requested() {
        // Without it client teams could not generate or check their bindings.
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/summaries"))
                .body(containsString("evidenceOffset"))
                .body(containsString("promptVersion"))
                .body(not(containsString("test-key")));
    }
}
