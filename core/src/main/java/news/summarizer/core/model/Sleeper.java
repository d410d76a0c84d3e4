package news.summarizer.core.model;

import java.time.Duration;

/** Waits between retries. A seam so that tests check the waits (backoff, Retry-After) without spending them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = wait -> Thread.sleep(wait.toMillis());

    void sleep(Duration wait) throws InterruptedException;
}
