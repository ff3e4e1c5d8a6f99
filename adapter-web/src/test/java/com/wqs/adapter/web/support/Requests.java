package com.wqs.adapter.web.support;

import com.wqs.domain.customer.Customer;
import com.wqs.domain.quote.Quote;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid request bodies for the API, with unique codes and emails where the server needs them. */
public final class Requests {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Requests() {
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public static String login(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    public static String newUser(String role) {
        return "{\"email\":\"user" + next() + "@example.com\",\"fullName\":\"New User\",\"role\":\"" + role
                + "\",\"password\":\"lilac kettle orbit 42\"}";
    }

    /** {@code json} (an object) with {@code "version": version} added: a replace made from that version. */
    public static String withVersion(String json, long version) {
        String object = json.strip();
        return object.substring(0, object.length() - 1) + ",\"version\":" + version + "}";
    }

    public static String customer(String name) {
        return "{\"name\":\"" + name + "\",\"email\":\"buyer@example.com\",\"phone\":\"+1 555 0100\","
                + "\"address\":\"1 Main Street\",\"taxId\":\"TX-1\",\"notes\":\"\"}";
    }

    public static String material(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Handle\",\"category\":\"HARDWARE\",\"unit\":\"PIECE\","
                + "\"unitCost\":\"12.50\",\"active\":true,\"colourCosts\":{}}";
    }

    public static String profile(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Frame profile\",\"category\":\"PROFILE\",\"unit\":\"M\","
                + "\"unitCost\":\"95.50\",\"stockLengthM\":\"6.0\",\"colourCosts\":{\"WHITE\":\"110.00\"}}";
    }

    public static String product(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Fixed window\",\"category\":\"WINDOW\",\"windowType\":\"FIXED\","
                + "\"minWidthMm\":300,\"maxWidthMm\":3000,\"minHeightMm\":300,\"maxHeightMm\":3000,"
                + "\"bom\":[{\"materialCode\":\"PRF-JAMB\",\"formula\":\"perimeter_m\",\"wasteFactor\":\"1.05\","
                + "\"description\":\"Frame\"},{\"materialCode\":\"HW-ROLL\",\"formula\":\"2\"},"
                + "{\"materialCode\":\"PRF-TOP\",\"description\":\"Head and sill\",\"pieces\":{\"count\":\"2\","
                + "\"lengthMm\":\"width_mm - 10\",\"startAngle\":\"45\",\"endAngle\":\"45\"}}]}";
    }

    public static String windowLine() {
        return "{\"type\":\"WINDOW\",\"productCode\":\"SLD-2L\",\"glassCode\":\"GL-CLR6\",\"colour\":\"WHITE\","
                + "\"widthMm\":1500,\"heightMm\":1200,\"quantity\":2}";
    }

    public static String materialLine() {
        return "{\"type\":\"MATERIAL\",\"materialCode\":\"CN-SIL\",\"quantity\":\"3\"}";
    }

    public static String workedExampleRates() {
        return "{\"profitMargin\":\"0.25\",\"indirectRate\":\"0.15\",\"discountRate\":\"0.05\",\"taxRate\":\"0.16\","
                + "\"glassWaste\":\"0.05\"}";
    }

    /** The worked example of PRODUCT.md §2 (total 5477.55). */
    public static String quote(Customer customer) {
        return quote(customer.id().toString());
    }

    public static String quote(String customerId) {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[" + windowLine() + "," + materialLine()
                + "],\"rates\":" + workedExampleRates() + ",\"notes\":\"Delivery in April\"}";
    }

    public static String price() {
        return "{\"lines\":[" + windowLine() + "," + materialLine() + "],\"rates\":" + workedExampleRates() + "}";
    }

    public static String settings(long version) {
        return "{\"company\":{\"name\":\"Ventanas SA\",\"address\":\"1 Glass Road\",\"phone\":\"+1 555 0199\","
                + "\"email\":\"office@example.com\",\"taxId\":\"VSA-1\"},\"profitMargin\":\"0.25\","
                + "\"indirectRate\":\"0.15\",\"taxRate\":\"0.16\",\"glassWaste\":\"0.05\",\"validityDays\":30,"
                + "\"currency\":\"USD\",\"zone\":\"UTC\",\"locale\":\"en-US\",\"terms\":\"Net 30\",\"version\":"
                + version + "}";
    }

    public static String quoteId(Quote quote) {
        return quote.id().toString();
    }
}
