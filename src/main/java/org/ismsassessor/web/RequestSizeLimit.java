package org.ismsassessor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ismsassessor.snapshot.Limits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the snapshot limit with 413 before it is read into memory: by its
 * Content-Length when given, else by counting a chunked body as it arrives. Runs before security, so an
 * unauthenticated client cannot make the server buffer a huge body either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxBytes;

    public RequestSizeLimit(@Value("${assessor.limits.snapshot-mb:256}") long maxSnapshotMb,
            org.ismsassessor.web.results.SubmissionLimits limits) {
        // The smaller of the snapshot limit and the largest snapshot the memory budget of an assessment allows,
        // with a little room for a multipart envelope around the file.
        this.maxBytes = Math.min(maxSnapshotMb * Limits.MIB, limits.memory().largestSnapshotBytes()) + 64 * 1024;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(request, response);
            return;
        }
        boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        if (declared >= 0 || !hasBody) {
            chain.doFilter(request, response);
            return;
        }
        // Chunked: read up to the limit, then hand on what was read.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    tooLarge(request, response);
                    return;
                }
            }
        }
        chain.doFilter(new BufferedBody(request, body.toByteArray()), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        if (!request.getRequestURI().startsWith("/api/")) {
            // A page's upload: a page a person can read, with the way back.
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Too large"
                    + "</title></head><body style=\"font-family: sans-serif; max-width: 800px; margin: 40px auto;\">"
                    + "<h1>413 Content too large</h1><p id=\"problem-detail\">The file is larger than the limit of "
                    + Limits.size(maxBytes) + ".</p><p><a href=\"/\">Back to your clients</a></p></body></html>");
            return;
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than the limit of " + Limits.size(maxBytes)
                + " (assessor.limits.snapshot-mb, and the memory budget of an assessment: assessor.limits.assessment-memory-mb)."
                + " Nothing was saved.\",\"errors\":[{\"path\":\"$\",\"message\":\"more than "
                + Limits.size(maxBytes) + "\"}]}");
    }

    /** A request whose body was already read. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
