package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import news.summarizer.core.story.Story.TimelineEntry;

/** The timeline the sources' own dates give: one entry per dated source, its headline as the event. */
final class Timeline {

    /** A date as precise as a source can give it: a year, a month or a day. */
    static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private Timeline() {
    }

    static List<TimelineEntry> fromDates(List<SourceResult> sources, List<String> warnings) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String date = Objects.toString(sources.get(i).input().article().date(), null);
            if (date == null) {
                warnings.add("Article " + i + " has no date and is not on the timeline");
            } else {
                entries.add(new TimelineEntry(date, i, sources.get(i).summary().headline()));
            }
        }
        return sorted(entries);
    }

    static List<TimelineEntry> sorted(List<TimelineEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparingInt(TimelineEntry::article))
                .toList();
    }
}
