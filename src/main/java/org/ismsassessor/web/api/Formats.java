package org.ismsassessor.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ismsassessor.web.Problem;
import org.ismsassessor.snapshot.InputError;
import org.springframework.http.MediaType;

/**
 * Chooses a representation: the {@code format} parameter when given, else the first media type of the Accept
 * header that a format produces (a wildcard: the default), else 406 Not acceptable.
 */
final class Formats {
    private Formats() {
    }

    static <F extends Enum<F>> F choose(Class<F> type, String parameter, String accept, F fallback,
            Function<F, String> mediaType) {
        if (parameter != null && !parameter.isBlank()) {
            try {
                return Enum.valueOf(type, parameter.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.badInput("Unknown format.", List.of(new InputError("parameter format",
                        "expected one of " + Arrays.stream(type.getEnumConstants()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList())));
            }
        }
        if (accept == null || accept.isBlank()) {
            return fallback;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException e) {
            return fallback;
        }
        org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType wanted : accepted) {
            if (wanted.isWildcardType()) {
                return fallback;
            }
            // A wildcard subtype that the default answer (JSON when there is no default: a submission's summary) fits.
            MediaType preferred = fallback == null ? MediaType.APPLICATION_JSON
                    : MediaType.parseMediaType(mediaType.apply(fallback));
            if (wanted.isWildcardSubtype() && preferred.isCompatibleWith(wanted)) {
                return fallback;
            }
            Optional<F> match = Arrays.stream(type.getEnumConstants())
                    .filter(f -> MediaType.parseMediaType(mediaType.apply(f)).isCompatibleWith(wanted))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw Problem.notAcceptable("The Accept header (" + accept + ") allows none of the media types this endpoint "
                + "answers with: " + Arrays.stream(type.getEnumConstants()).map(mediaType).distinct().toList() + ".");
    }
}
