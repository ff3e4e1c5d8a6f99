package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.application.port.in.MaterialCommand;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.OffcutCommand;
import com.wqs.application.port.in.ProductCommand;
import com.wqs.application.port.in.QuoteCommand;
import com.wqs.application.port.in.SettingsCommand;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.application.port.out.PageRequest;
import com.wqs.application.port.out.QuoteSearch;
import com.wqs.domain.catalog.CompanyProfile;
import com.wqs.domain.catalog.MaterialCategory;
import com.wqs.domain.catalog.MaterialUnit;
import com.wqs.domain.catalog.ProductCategory;
import com.wqs.domain.catalog.Settings;
import com.wqs.domain.catalog.WindowType;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Role;
import com.wqs.domain.workorder.WorkOrderDetails;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every text field has a limit from {@link TextLimits}; longer text is refused naming the field, nothing stored. */
class TextLimitsTest {
    private static final String HUGE = "x".repeat(100_000);

    private final ServiceTestbed bed = new ServiceTestbed();

    @Test
    void aProductNameOfAHundredThousandCharactersIsRefusedAndNothingIsStored() {
        int before = bed.useCases.catalog().listProducts(bed.admin).size();

        assertRefused(() -> bed.useCases.catalog().createProduct(bed.admin, product("LONG-1", HUGE)),
                "name", TextLimits.NAME);

        assertThat(bed.useCases.catalog().listProducts(bed.admin)).hasSize(before);
    }

    @Test
    void aNameAtTheLimitIsKept() {
        String name = "n".repeat(TextLimits.NAME);

        assertThat(bed.useCases.catalog().createProduct(bed.admin, product("LONG-2", name)).name()).isEqualTo(name);
        assertRefused(() -> bed.useCases.catalog().createProduct(bed.admin, product("LONG-3", name + "n")),
                "name", TextLimits.NAME);
    }

    @Test
    void aLongBomDescriptionIsRefusedNamingTheLine() {
        ProductCommand command = new ProductCommand("LONG-4", "Long BOM", ProductCategory.WINDOW, WindowType.FIXED,
                300, 3000, 300, 3000, List.of(new ProductCommand.BomLineCommand("PRF-TOP", "width_m",
                        BigDecimal.ONE, HUGE)), null);

        assertRefused(() -> bed.useCases.catalog().createProduct(bed.admin, command), "bom[0].description",
                TextLimits.DESCRIPTION);
    }

    @Test
    void materialNamesCodesAndColoursAreBounded() {
        int before = bed.useCases.catalog().listMaterials(bed.admin).size();

        assertRefused(() -> bed.useCases.catalog().createMaterial(bed.admin, material("LONG-M", HUGE, Map.of())),
                "name", TextLimits.NAME);
        assertRefused(() -> bed.useCases.catalog().createMaterial(bed.admin, material(HUGE, "Long", Map.of())),
                "code", TextLimits.CODE);
        assertThatThrownBy(() -> bed.useCases.catalog().createMaterial(bed.admin,
                material("LONG-C", "Long colour", Map.of(HUGE, BigDecimal.ONE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("colourCosts");
                            assertThat(error.message()).contains(TextLimits.tooLong(TextLimits.COLOUR));
                        }));

        assertThat(bed.useCases.catalog().listMaterials(bed.admin)).hasSize(before);
    }

    @Test
    void aQuoteLineColourOrDescriptionOfAHundredThousandCharactersIsRefusedAndNoQuoteIsStored() {
        QuoteLine window = new WindowLine("SLD-2L", "GL-CLR6", HUGE, 1500, 1200, 1, HUGE);
        QuoteLine material = new MaterialLine("CN-SIL", BigDecimal.ONE, HUGE);

        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, bed.command(List.of(window, material))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("lines[0].colour", TextLimits.tooLong(TextLimits.COLOUR)),
                        new FieldError("lines[0].description", TextLimits.tooLong(TextLimits.DESCRIPTION)),
                        new FieldError("lines[1].description", TextLimits.tooLong(TextLimits.DESCRIPTION))));

        assertThat(bed.useCases.findQuotes().list(bed.admin, QuoteSearch.all(), PageRequest.FIRST).items()).isEmpty();
    }

    @Test
    void aHugeProductCodeOnALineIsRefusedWithoutEchoingIt() {
        QuoteLine window = new WindowLine(HUGE, HUGE, null, 1500, 1200, 1, "");

        assertThatThrownBy(() -> bed.useCases.createQuote().create(bed.sales, bed.command(List.of(window))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("lines[0].productCode", TextLimits.tooLong(TextLimits.CODE)),
                        new FieldError("lines[0].glassCode", TextLimits.tooLong(TextLimits.CODE))));
    }

    @Test
    void quoteNotesAndRejectionReasonsAreBounded() {
        QuoteCommand longNotes = new QuoteCommand(bed.customer.id(), bed.workedExample().lines(),
                ServiceTestbed.WORKED_EXAMPLE_RATES, null, HUGE);

        assertRefused(() -> bed.useCases.createQuote().create(bed.sales, longNotes), "notes", TextLimits.NOTES);
        var sent = bed.sent(bed.sales);
        assertRefused(() -> bed.useCases.quoteLifecycle().reject(bed.sales, sent.id(), HUGE), "reason",
                TextLimits.DESCRIPTION);
        assertRefused(() -> bed.useCases.quoteLifecycle().cancel(bed.sales, sent.id(), HUGE), "note",
                TextLimits.DESCRIPTION);
    }

    @Test
    void anOffcutNoteOrColourOfAHundredThousandCharactersIsRefusedAndNothingIsStored() {
        assertRefused(() -> bed.useCases.offcuts().add(bed.production, new OffcutCommand("PRF-TOP", null, 800, HUGE,
                null)), "note", TextLimits.DESCRIPTION);
        assertRefused(() -> bed.useCases.offcuts().add(bed.production, new OffcutCommand("PRF-TOP", HUGE, 800, null,
                null)), "colour", TextLimits.COLOUR);

        assertThat(bed.useCases.offcuts().list(bed.production, OffcutSearch.available())).isEmpty();
    }

    @Test
    void workOrderNotesAreBounded() {
        assertRefused(() -> new WorkOrderDetails(null, null, HUGE, ""), "productionNotes", TextLimits.NOTES);
        assertRefused(() -> new WorkOrderDetails(null, null, "", HUGE), "deliveryInstructions", TextLimits.NOTES);
    }

    @Test
    void customerFieldsAreBoundedAndNothingIsStored() {
        assertThatThrownBy(() -> bed.useCases.customers().create(bed.sales,
                new CustomerCommand(HUGE, HUGE + "@example.com", HUGE, HUGE, HUGE, HUGE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("name", TextLimits.tooLong(TextLimits.NAME)),
                        new FieldError("email", TextLimits.tooLong(TextLimits.EMAIL)),
                        new FieldError("phone", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("address", TextLimits.tooLong(TextLimits.ADDRESS)),
                        new FieldError("taxId", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("notes", TextLimits.tooLong(TextLimits.NOTES))));

        assertThat(bed.useCases.customers().search(bed.sales, "", PageRequest.FIRST).items()).hasSize(1);
    }

    @Test
    void userNamesAreBounded() {
        int before = bed.useCases.users().list(bed.admin).size();

        assertRefused(() -> bed.useCases.users().create(bed.admin, new NewUserCommand("new@example.com", HUGE,
                Role.SALES, ServiceTestbed.PASSWORD)), "fullName", TextLimits.NAME);

        assertThat(bed.useCases.users().list(bed.admin)).hasSize(before);
    }

    @Test
    void theCompanyProfileAndTermsAreBoundedAndTheSettingsStayAsTheyWere() {
        Settings s = bed.useCases.settings().get(bed.admin);
        CompanyProfile company = new CompanyProfile(HUGE, HUGE, HUGE, HUGE, HUGE, null, null);

        assertThatThrownBy(() -> bed.useCases.settings().update(bed.admin, new SettingsCommand(company,
                s.profitMargin(), s.indirectRate(), s.taxRate(), s.glassWaste(), s.validityDays(), s.currency(),
                HUGE, HUGE, HUGE, null, s.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("company.name", TextLimits.tooLong(TextLimits.NAME)),
                        new FieldError("company.address", TextLimits.tooLong(TextLimits.ADDRESS)),
                        new FieldError("company.phone", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("company.email", TextLimits.tooLong(TextLimits.EMAIL)),
                        new FieldError("company.taxId", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("zone", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("locale", TextLimits.tooLong(TextLimits.SHORT)),
                        new FieldError("terms", TextLimits.tooLong(TextLimits.NOTES))));

        assertThat(bed.useCases.settings().get(bed.admin)).isEqualTo(s);
    }

    @Test
    void theDocumentedTableListsEveryLimit() throws ReflectiveOperationException {
        List<String> constants = Arrays.stream(TextLimits.class.getFields())
                .filter(f -> f.getType() == int.class && Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();

        assertThat(TextLimits.ALL).extracting(TextLimits.Limit::name).containsExactlyInAnyOrderElementsOf(constants);
        for (TextLimits.Limit limit : TextLimits.ALL) {
            assertThat(TextLimits.class.getField(limit.name()).getInt(null)).isEqualTo(limit.max());
        }
    }

    private static void assertRefused(Executable action, String field, int max) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).contains(new FieldError(field, TextLimits.tooLong(max))));
    }

    private static ProductCommand product(String code, String name) {
        return new ProductCommand(code, name, ProductCategory.WINDOW, WindowType.FIXED, 300, 3000, 300, 3000,
                List.of(), null);
    }

    private static MaterialCommand material(String code, String name, Map<String, BigDecimal> colourCosts) {
        return new MaterialCommand(code, name, MaterialCategory.HARDWARE, MaterialUnit.PIECE, BigDecimal.ONE, null,
                null, colourCosts);
    }
}
