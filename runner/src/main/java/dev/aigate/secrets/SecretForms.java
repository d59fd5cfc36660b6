package dev.aigate.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The texts a secret can appear as once a server echoes it back: itself, URL-encoded, hex, and Base64 (as in a
 * {@code Basic} header or a token dump). Base64 of a secret depends on where it starts inside the encoded bytes,
 * so each of the three alignments contributes the characters that only the secret's own bytes determine.
 */
final class SecretForms {

    private SecretForms() {
    }

    static Set<String> of(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(HexFormat.of().formatHex(bytes));
        for (int offset = 0; offset < 3; offset++) {
            forms.add(base64Core(bytes, offset, Base64.getEncoder()));
            forms.add(base64Core(bytes, offset, Base64.getUrlEncoder()));
        }
        return forms;
    }

    /**
     * The Base64 characters that depend on the secret's bytes alone when {@code offset} bytes of other text come
     * before it: the characters that mix in the bytes before or after it are left out.
     */
    private static String base64Core(byte[] secret, int offset, Base64.Encoder encoder) {
        byte[] shifted = new byte[offset + secret.length];
        System.arraycopy(secret, 0, shifted, offset, secret.length);
        int wholeGroups = shifted.length / 3;
        String encoded = encoder.withoutPadding().encodeToString(Arrays.copyOf(shifted, wholeGroups * 3));
        int mixedAtStart = (offset * 8 + 5) / 6;
        return encoded.substring(Math.min(mixedAtStart, encoded.length()));
    }
}
