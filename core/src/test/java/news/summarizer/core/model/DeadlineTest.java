package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void should_keep_the_answer_reserve_before_the_functions_end() {
        // Without the reserve the last model call could end exactly when Lambda stops the function: no answer at all.
        Deadline deadline = Deadline.beforeEnd(30_000, Deadline.ANSWER_RESERVE);
        assertThat(deadline.remaining()).isLessThanOrEqualTo(Duration.ofSeconds(27)).isGreaterThan(Duration.ofSeconds(26));
    }

    @Test
    void should_have_no_deadline_when_the_remaining_time_is_unknown() {
        // Without it dev mode's mock context (no deadline, or a nonsense one) would fail every request at once.
        assertThat(Deadline.beforeEnd(0, Deadline.ANSWER_RESERVE)).isNull();
        assertThat(Deadline.beforeEnd(-5, Deadline.ANSWER_RESERVE)).isNull();
        assertThat(Deadline.beforeEnd(Long.MAX_VALUE, Deadline.ANSWER_RESERVE)).isNull();
    }

    @Test
    void should_take_the_earlier_of_two_deadlines_and_restore_the_outer_request_deadline() {
        // Without it an article's own budget could outlast the request it belongs to.
        Deadline soon = Deadline.in(Duration.ofSeconds(1));
        Deadline late = Deadline.in(Duration.ofSeconds(60));
        assertThat(late.earliest(soon)).isEqualTo(soon);
        assertThat(soon.earliest(late)).isEqualTo(soon);
        assertThat(soon.earliest(null)).isEqualTo(soon);
        Deadline inner = Deadline.within(late, () -> Deadline.within(soon, () -> Deadline.ofRequest().orElseThrow()));
        assertThat(inner).isEqualTo(soon);
        assertThat(Deadline.within(late, () -> Deadline.ofRequest().orElseThrow())).isEqualTo(late);
        assertThat(Deadline.ofRequest()).isEmpty();
    }
}
