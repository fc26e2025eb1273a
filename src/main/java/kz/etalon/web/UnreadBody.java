package kz.etalon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The part of a request's body its answer did not need, read before the answer goes. A refusal sent before
 * the body was read (log in first, a forged form, no such job) makes the server close while the browser is
 * still sending; the browser's system then resets the connection, and about one refusal in a hundred was
 * lost with it: the visitor saw "connection reset" instead of the page. A body past the request limit is
 * refused by size anyway and not read.
 */
final class UnreadBody {

    /** The most read: a body sent in chunks declares no length and is not waited for. */
    private static final long MOST = WebServer.UPLOAD_LIMIT_MB * 1024 * 1024;

    private UnreadBody() {
    }

    static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared <= 0 || declared > MOST) {
            return;
        }
        try {
            InputStream body = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long left = declared;
            for (int read; left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= read;
            }
        } catch (IOException | IllegalStateException | BadMessageException alreadyReadGoneOrTooSlow) {
            // read as characters by its route, the visitor went away, or sent too slowly to be waited for
        }
    }
}
