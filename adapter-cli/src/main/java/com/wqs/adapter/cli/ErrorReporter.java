package com.wqs.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.wqs.adapter.cli.output.Output;
import com.wqs.domain.shared.DomainException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failed command ends: a domain error becomes its message and the exit code of its
 * kind; anything else is unexpected: a message with an error id, and the whole exception logged
 * under that id with {@code --verbose}. With {@code --json} the error is a JSON object on stderr.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Output output = context.output();
        if (exception instanceof DomainException error) {
            List<FieldError> fields = error instanceof ValidationException invalid ? invalid.errors() : List.of();
            report(output, error.kind().name(), error.code(), error.getMessage(), fields, null);
            return ExitCodes.of(error.kind());
        }
        if (exception instanceof DatabaseUnusableException unusable) {
            report(output, "DATABASE", unusable.exitCode() == ExitCodes.UNAVAILABLE ? "database.unavailable"
                    : "database.unusable", unusable.getMessage(), List.of(), null);
            return unusable.exitCode();
        }
        String errorId = newErrorId();
        if (context.options().verbose()) {
            LOG.error("unexpected error {}", errorId, exception);
        }
        String hint = context.options().verbose() ? "" : " " + output.text("cli.error.verbose-hint");
        report(output, "UNEXPECTED", "unexpected", exception.toString() + hint, List.of(), errorId);
        return ExitCodes.UNEXPECTED;
    }

    private void report(Output output, String kind, String code, String message, List<FieldError> fields,
            String errorId) {
        if (output.json()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("code", code);
            body.put("message", message);
            body.put("fields", fields);
            if (errorId != null) {
                body.put("errorId", errorId);
            }
            try {
                output.note(output.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("error", body)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the error as JSON", e);
            }
            return;
        }
        StringBuilder text = new StringBuilder(output.style().red(output.text("cli.error")));
        if (errorId != null) {
            text.append(" ").append(errorId);
        }
        if (fields.isEmpty()) {
            text.append(": ").append(message);
        } else {
            text.append(": ").append(output.text("cli.error.invalid-input"));
            fields.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f.field()).append(": ")
                    .append(f.message()));
        }
        output.note(text.toString());
    }

    private static String newErrorId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
