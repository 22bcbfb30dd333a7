package org.tandem.insight.provision.openreferral;

import com.networknt.schema.ValidationMessage;

/**
 * The validator's messages in plain English. The validator says "$.status: does not have a value in the
 * enumeration [...]"; a person needs to know what to write instead.
 */
final class SchemaWords {

    private SchemaWords() {
    }

    static String of(ValidationMessage m) {
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "required" -> "'" + m.getProperty() + "' is missing; Open Referral UK requires it";
            case "type" -> "must be " + article(arg(args, 1)) + ", not " + article(arg(args, 0));
            case "enum" -> "must be one of: " + arg(args, 0).replaceAll("[\\[\\]\"]", "");
            case "format" -> "is not a valid " + formatName(arg(args, 0));
            case "additionalProperties" -> "'" + m.getProperty() + "' is not an Open Referral UK field";
            default -> withoutLocation(m.getMessage());
        };
    }

    private static String arg(Object[] args, int i) {
        return i < args.length && args[i] != null ? args[i].toString() : "";
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "an object ({ ... })";
            case "array" -> "a list ([ ... ])";
            case "string" -> "text in quotes";
            case "number", "integer" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> type;
        };
    }

    private static String formatName(String format) {
        return switch (format) {
            case "uuid" -> "identifier: write a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2";
            case "email" -> "email address";
            case "uri" -> "web address (URI)";
            case "date-time" -> "date and time, like 2027-03-15T10:30:45.123Z";
            case "date" -> "date, like 2027-03-31";
            default -> format;
        };
    }

    private static String withoutLocation(String message) {
        int colon = message == null ? -1 : message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : String.valueOf(message);
    }
}
