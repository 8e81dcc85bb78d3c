package dev.petrel.jms;

import dev.petrel.protocol.FrameReader;
import dev.petrel.protocol.FrameWriter;
import dev.petrel.protocol.ProtocolVersion;
import dev.petrel.protocol.TypedValues;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format of a stream body (docs/protocol.md "Body formats": an {@code int} count, then that many
 * {@link TypedValues}). Stateless.
 */
final class StreamBody {

    private StreamBody() {
    }

    static byte[] encode(List<Object> items) {
        ByteBuf buf = Unpooled.buffer(16 + items.size() * 9);
        try {
            FrameWriter w = new FrameWriter(buf);
            w.writeInt(items.size());
            items.forEach(item -> TypedValues.write(w, item));
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** @throws RuntimeException (a protocol MalformedFrameException) when the bytes are not a stream body */
    static List<Object> decode(byte[] body) {
        List<Object> items = new ArrayList<>();
        if (body == null || body.length == 0) {
            return items;
        }
        FrameReader r = new FrameReader(Unpooled.wrappedBuffer(body), ProtocolVersion.CURRENT);
        int count = r.readCount("stream size", 1);
        for (int i = 0; i < count; i++) {
            items.add(TypedValues.read(r, "stream item " + i));
        }
        return items;
    }
}
