package com.wqs.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.application.port.in.CustomerCommand;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people pages (my account, users, settings, customers, a customer with their history, the error page)
 * over real HTTP in Spanish and in English: the browser's language decides, unless the user chose one on
 * My account, which then wins whatever the browser asks for.
 */
class PeoplePagesInSpanishTest {
    private static final String SPANISH_BROWSER = "es-MX,es;q=0.9,en;q=0.5";
    private static final String ENGLISH_BROWSER = "en-US,en;q=0.9";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private static PageTestServer server;
    private static Customer customer;

    @BeforeAll
    static void start() {
        server = new PageTestServer();
        customer = server.useCases().customers().create(server.adminActor(), new CustomerCommand("Cocinas Ruiz",
                "compras@cocinas-ruiz.example", "+52 81 5555 0101", "Calle Hidalgo 12", "CRU-120101", "",
                Language.SPANISH));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePeoplePagesSpeakSpanishToASpanishBrowser() throws Exception {
        HttpClient admin = signedIn(PageTestServer.ADMIN_EMAIL);

        assertSpanish(get(admin, "/account", SPANISH_BROWSER), "<h1>Mi cuenta</h1>", "Idioma de tus páginas",
                "El idioma del navegador", "Cambia tu contraseña", "Contraseña actual", "Tus tokens de API",
                "No tienes tokens de API.", "Crear token", "De 1 a 365 días.");
        assertSpanish(get(admin, "/users", SPANISH_BROWSER), "<h1>Usuarios</h1>", "Rol de Ada Admin",
                "Quién puede iniciar sesión", "Rol y acceso", "Añadir un usuario", "Nombre completo",
                "Tokens de API", "Bloqueos de inicio de sesión", "Añadir usuario");
        assertSpanish(get(admin, "/settings", SPANISH_BROWSER), "<h1>Configuración</h1>", "Nombre de la empresa",
                "Margen de ganancia (%)", "Desperdicio de vidrio (%)", "Zona horaria", "Corte (sierra)",
                "Retazo más corto que se guarda (mm)", "Guardar configuración");
        assertSpanish(get(admin, "/customers", SPANISH_BROWSER), "<h1>Clientes</h1>", "Nuevo cliente",
                "Nombre, correo, teléfono o NIF/RFC", "Buscar", "Cocinas Ruiz", "Nueva cotización");
        assertSpanish(get(admin, "/customers?q=nadie", SPANISH_BROWSER), "Ningún cliente coincide.");
        assertSpanish(get(admin, "/customers/new", SPANISH_BROWSER), "<h1>Nuevo cliente</h1>", "Contacto",
                "Idioma de sus documentos", "El idioma de la instalación", "Crear cliente");
        String form = get(admin, "/customers/" + customer.id(), SPANISH_BROWSER).body();
        assertSpanish(form, "<h1>Cocinas Ruiz</h1>", "Nueva cotización para este cliente", "Guardar cliente",
                "Historial", "Valor aceptado", "Tasa de éxito", "No hay cotizaciones que puedas ver.",
                "Órdenes de trabajo", "No hay órdenes de trabajo.");
        assertThat(form).contains("<option value=\"es\" selected>Español</option>");
    }

    @Test
    void andEnglishToAnEnglishBrowser() throws Exception {
        HttpClient admin = signedIn(PageTestServer.ADMIN_EMAIL);

        assertEnglish(get(admin, "/account", ENGLISH_BROWSER), "<h1>My account</h1>", "Language of your pages",
                "Change your password", "Your API tokens");
        assertEnglish(get(admin, "/users", ENGLISH_BROWSER), "<h1>Users</h1>", "Who can sign in", "Add a user",
                "Login throttles");
        assertEnglish(get(admin, "/settings", ENGLISH_BROWSER), "<h1>Settings</h1>", "Company name",
                "Profit margin (%)", "Save settings");
        assertEnglish(get(admin, "/customers", ENGLISH_BROWSER), "<h1>Customers</h1>", "New customer",
                "Name, email, phone or tax ID");
        assertEnglish(get(admin, "/customers/" + customer.id(), ENGLISH_BROWSER), "Language of their documents",
                "Installation", "History", "No quotes you can see.", "Save customer");
    }

    @Test
    void theErrorPageSpeaksTheRequestsLanguage() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();

        HttpResponse<String> spanish = get(anonymous, "/no-such-page", SPANISH_BROWSER);
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertSpanish(spanish, "<h1>Página no encontrada</h1>", "Esta página no existe", "Error 404",
                "identificador de solicitud", "Volver al tablero");
        HttpResponse<String> english = get(anonymous, "/no-such-page", ENGLISH_BROWSER);
        assertEnglish(english, "<h1>Page not found</h1>", "Error 404", "request id", "Back to the dashboard");

        server.addUser("sonia@wqs.example", "Sonia Ventas", Role.SALES);
        HttpClient sales = signedIn("sonia@wqs.example");
        HttpResponse<String> forbidden = get(sales, "/users", SPANISH_BROWSER);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertSpanish(forbidden, "<h1>No permitido</h1>", "Tu cuenta no puede abrir esta página");
    }

    @Test
    void choosingSpanishOnMyAccountMakesThePagesSpanishEvenWithAnEnglishBrowser() throws Exception {
        User user = server.addUser("lucia@wqs.example", "Lucía Ventas", Role.SALES);
        HttpClient lucia = signedIn("lucia@wqs.example");
        String csrf = csrf(get(lucia, "/account", ENGLISH_BROWSER).body());

        HttpResponse<String> chosen = post(lucia, "/account/language", "language=es&_csrf=" + csrf, ENGLISH_BROWSER);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/account?done=language");
        assertThat(server.useCases().authentication().me(user.asActor()).language()).isEqualTo(Language.SPANISH);

        HttpResponse<String> account = get(lucia, "/account?done=language", ENGLISH_BROWSER);
        assertSpanish(account, "<h1>Mi cuenta</h1>", "Se guardó tu idioma.");
        assertThat(account.body()).contains("<option value=\"es\" lang=\"es\" selected>Español</option>");
        assertSpanish(get(lucia, "/customers", ENGLISH_BROWSER), "<h1>Clientes</h1>", "Nuevo cliente");
        HttpResponse<String> missing = get(lucia, "/customers/" + UUID.randomUUID(), ENGLISH_BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertSpanish(missing, "<h1>Página no encontrada</h1>");

        HttpResponse<String> french = post(lucia, "/account/language", "language=fr&_csrf=" + csrf, ENGLISH_BROWSER);
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("id=\"language-error\"", "must be en or es");
        assertThat(server.useCases().authentication().me(user.asActor()).language()).isEqualTo(Language.SPANISH);

        assertThat(post(lucia, "/account/language", "language=&_csrf=" + csrf, SPANISH_BROWSER).statusCode())
                .isEqualTo(303);
        assertThat(server.useCases().authentication().me(user.asActor()).language()).isNull();
        assertEnglish(get(lucia, "/customers", ENGLISH_BROWSER), "<h1>Customers</h1>");
        assertSpanish(get(lucia, "/customers", SPANISH_BROWSER), "<h1>Clientes</h1>");
    }

    @Test
    void aCustomersLanguageIsChosenOnTheirFormAndABadOneChangesNothing() throws Exception {
        HttpClient admin = signedIn(PageTestServer.ADMIN_EMAIL);
        String csrf = csrf(get(admin, "/customers/new", SPANISH_BROWSER).body());
        long before = server.useCases().customers().search(server.adminActor(), null,
                new com.wqs.application.port.out.PageRequest(1, 100)).total();

        HttpResponse<String> french = post(admin, "/customers", "name=Fen%C3%AAtres+Dupont&language=fr&_csrf=" + csrf,
                SPANISH_BROWSER);
        assertThat(french.statusCode()).isEqualTo(400);
        assertSpanish(french, "id=\"language-error\"", "Fenêtres Dupont");
        assertThat(server.useCases().customers().search(server.adminActor(), null,
                new com.wqs.application.port.out.PageRequest(1, 100)).total()).isEqualTo(before);

        HttpResponse<String> created = post(admin, "/customers", "name=Kim%27s+Kitchens&language=en&_csrf=" + csrf,
                SPANISH_BROWSER);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        Customer kim = server.useCases().customers().get(server.adminActor(),
                new com.wqs.domain.customer.CustomerId(UUID.fromString(location.substring("/customers/".length(),
                        location.indexOf('?')))));
        assertThat(kim.language()).isEqualTo(Language.ENGLISH);
        assertThat(get(admin, location, SPANISH_BROWSER).body())
                .contains("<option value=\"en\" selected>Inglés</option>");
    }

    private static void assertSpanish(HttpResponse<String> page, String... texts) {
        assertThat(page.statusCode()).as(page.uri().toString()).isIn(200, 400, 403, 404);
        assertSpanish(page.body(), texts);
    }

    private static void assertSpanish(String body, String... texts) {
        assertThat(body).contains("<html lang=\"es\">").contains(texts);
    }

    private static void assertEnglish(HttpResponse<String> page, String... texts) {
        assertThat(page.body()).contains("<html lang=\"en\">").contains(texts);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page's CSRF token").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient client, String path, String acceptLanguage)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String path, String form, String acceptLanguage)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", acceptLanguage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient signedIn(String email) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PageTestServer.PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
        return client;
    }
}
