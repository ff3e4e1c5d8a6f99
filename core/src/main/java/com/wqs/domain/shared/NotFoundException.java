package com.wqs.domain.shared;

/** The record does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {
    public NotFoundException(String entity, Object id) {
        super(entity + ".not_found", entity + " " + id + " not found");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
