package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.application.service.UseCases;
import com.wqs.domain.user.User;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names for the "who" of history entries. Only ADMIN may list users, so others see their own name
 * and "a colleague" for anyone else.
 */
final class UserNames {
    private final Map<UUID, String> names;
    private final UUID self;
    private final Messages messages;

    private UserNames(Map<UUID, String> names, UUID self, Messages messages) {
        this.names = names;
        this.self = self;
        this.messages = messages;
    }

    static UserNames of(Viewer viewer, UseCases useCases) {
        Map<UUID, String> names = viewer.actor().isAdmin()
                ? useCases.users().list(viewer.actor()).stream()
                        .collect(Collectors.toMap(u -> u.id().value(), User::fullName, (a, b) -> a))
                : Map.of(viewer.user().id().value(), viewer.user().fullName());
        return new UserNames(names, viewer.user().id().value(), viewer.messages());
    }

    String nameOf(UUID id) {
        String name = names.get(id);
        if (name == null) {
            return messages.text("timeline.colleague");
        }
        return id.equals(self) ? messages.text("timeline.you", name) : name;
    }

    /** The viewer's texts, for the rest of a history entry (the statuses). */
    Messages messages() {
        return messages;
    }
}
