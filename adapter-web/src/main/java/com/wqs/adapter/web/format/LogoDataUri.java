package com.wqs.adapter.web.format;

import com.wqs.domain.catalog.CompanyProfile;
import java.util.Base64;

/** The company logo as a {@code data:} URI, so pages and PDFs embed it without another request. */
public final class LogoDataUri {
    private LogoDataUri() {
    }

    /** The URI, or null when the company has no logo. */
    public static String of(CompanyProfile company) {
        return company.hasLogo()
                ? "data:" + company.logoContentType() + ";base64," + Base64.getEncoder().encodeToString(company.logo())
                : null;
    }
}
