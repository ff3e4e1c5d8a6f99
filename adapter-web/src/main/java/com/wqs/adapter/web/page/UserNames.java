package com.wqs.adapter.web.page;

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

    private UserNames(Map<UUID, String> names, UUID self) {
        this.names = names;
        this.self = self;
    }

    static UserNames of(Viewer viewer, UseCases useCases) {
        Map<UUID, String> names = viewer.actor().isAdmin()
                ? useCases.users().list(viewer.actor()).stream()
                        .collect(Collectors.toMap(u -> u.id().value(), User::fullName, (a, b) -> a))
                : Map.of(viewer.user().id().value(), viewer.user().fullName());
        return new UserNames(names, viewer.user().id().value());
    }

    String nameOf(UUID id) {
        String name = names.get(id);
        if (name == null) {
            return "a colleague";
        }
        return id.equals(self) ? name + " (you)" : name;
    }
}
