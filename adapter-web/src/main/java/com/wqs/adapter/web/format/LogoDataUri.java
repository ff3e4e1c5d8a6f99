package com.wqs.adapter.web.format;

import com.wqs.adapter.web.image.LogoImages;
import com.wqs.domain.catalog.CompanyProfile;
import java.util.Base64;

/** The company logo as a {@code data:} URI, so pages and PDFs embed it without another request. */
public final class LogoDataUri {
    private LogoDataUri() {
    }

    /** The URI of the stored logo (the settings page shows it as it is), or null when the company has none. */
    public static String of(CompanyProfile company) {
        return company.hasLogo() ? uri(company.logoContentType(), company.logo()) : null;
    }

    /**
     * The URI of the logo a document prints: the stored one, or for a logo stored before the limits a copy made
     * fit ({@link LogoImages#forDocument}); null when there is none to print.
     */
    public static String forDocument(CompanyProfile company) {
        return LogoImages.forDocument(company).map(logo -> uri(logo.contentType(), logo.bytes())).orElse(null);
    }

    private static String uri(String contentType, byte[] bytes) {
        return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
