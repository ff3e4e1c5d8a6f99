package com.wqs.adapter.web.page;

import com.wqs.adapter.web.format.DisplayFormat;
import com.wqs.domain.shared.StatusChange;
import java.util.ArrayList;
import java.util.List;

/** One recorded status change, ready to show in the viewer's language: when, who, from and to, and the note. */
public record TimelineEntry(String when, String who, String from, String to, String toName, String note) {

    static <S extends Enum<S>> List<TimelineEntry> of(List<StatusChange<S>> history, UserNames names,
            DisplayFormat format) {
        List<TimelineEntry> newestFirst = new ArrayList<>();
        for (StatusChange<S> change : history) {
            newestFirst.add(0, new TimelineEntry(format.dateTime(change.at()), names.nameOf(change.by()),
                    change.from() == null ? null : names.messages().label(change.from()), names.messages().label(change.to()),
                    change.to().name(), change.note()));
        }
        return List.copyOf(newestFirst);
    }
}
