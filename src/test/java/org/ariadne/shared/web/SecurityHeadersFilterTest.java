package org.ariadne.shared.web;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersFilterTest {

    /** PrimeFaces appends its nonce to the policy in web.xml: it must be the policy the filter sends elsewhere. */
    @Test
    void pagesGetTheSamePolicyAsEveryOtherAnswerPlusTheirNonce() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher policy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(webXml);
        assertTrue(policy.find(), "web.xml sets primefaces.CSP_POLICY");
        assertEquals(SecurityHeadersFilter.BASE_POLICY, policy.group(1).replace("&apos;", "'"));
        assertTrue(SecurityHeadersFilter.BASE_POLICY.endsWith("script-src 'self'"),
                "PrimeFaces appends the nonce to the last directive, which must be script-src");
        assertTrue(webXml.matches("(?s).*<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>.*"));
    }
}
