package jp.clustereval.ui;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Just enough of an X11 server for a client's {@code XOpenDisplay} to succeed: the connection
 * setup (one 1024x768 TrueColor screen, no extensions) and an empty reply to each core request
 * that has one. It draws nothing and would not satisfy GTK; it lets JavaFX's glass get past its
 * display check to the point where it loads GTK 3, which is what {@link DesktopStartFailureTest}
 * needs on machines without a display server. Listens on TCP (DISPLAY=127.0.0.1:N), little-endian
 * clients only (every x86 and ARM Linux).
 */
final class FakeXServer implements AutoCloseable {

    /** Core requests that have a reply (X11 protocol, chapter 9); others are read and ignored. */
    private static final Set<Integer> WITH_REPLY = Set.of(3, 14, 15, 16, 17, 20, 21, 23, 26, 31, 38, 39, 40, 43, 44,
            47, 48, 49, 50, 52, 73, 83, 84, 85, 86, 87, 91, 92, 97, 98, 99, 101, 103, 108, 110, 116, 117, 118, 119);

    private final ServerSocket server;
    private final int display;
    private final Thread acceptor;

    private FakeXServer(ServerSocket server, int display) {
        this.server = server;
        this.display = display;
        this.acceptor = new Thread(this::acceptAll, "fake-x-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts on the first free display number from 50 on. */
    static FakeXServer start() throws IOException {
        for (int n = 50; n < 100; n++) {
            try {
                return new FakeXServer(new ServerSocket(6000 + n, 10, InetAddress.getLoopbackAddress()), n);
            } catch (IOException taken) {
                // try the next display number
            }
        }
        throw new IOException("no free X display number between 50 and 99");
    }

    /** The value of DISPLAY for a client. */
    String display() {
        return "127.0.0.1:" + display;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "fake-x-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(Socket client) {
        try (client; InputStream raw = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            DataInputStream in = new DataInputStream(raw);
            byte[] prefix = new byte[12];
            in.readFully(prefix);
            if (prefix[0] != 'l') {
                return; // big-endian clients are not served
            }
            ByteBuffer p = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN);
            int nameLength = p.getShort(6) & 0xffff;
            int dataLength = p.getShort(8) & 0xffff;
            in.readFully(new byte[pad(nameLength) + pad(dataLength)]);
            out.write(setupReply());
            out.flush();
            int sequence = 0;
            byte[] header = new byte[4];
            while (true) {
                in.readFully(header);
                sequence++;
                int opcode = header[0] & 0xff;
                int length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getShort(2) & 0xffff;
                if (length > 1) {
                    in.readFully(new byte[(length - 1) * 4]);
                }
                if (WITH_REPLY.contains(opcode)) {
                    out.write(emptyReply(sequence, opcode));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }

    /** A reply with every field zero: no extension present, no property, no focus... */
    private static byte[] emptyReply(int sequence, int opcode) {
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).put((byte) 0).putShort((short) sequence).putInt(0);
        if (opcode == 16) {
            b.putInt(8, 0x100 + sequence); // InternAtom: a fresh atom
        }
        return b.array();
    }

    private static byte[] setupReply() {
        byte[] vendor = "fake".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer d = ByteBuffer.allocate(32 + pad(vendor.length) + 8 + 72).order(ByteOrder.LITTLE_ENDIAN);
        d.putInt(1).putInt(0x00200000).putInt(0x001fffff).putInt(256);
        d.putShort((short) vendor.length).putShort((short) 0xffff);
        d.put((byte) 1).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 32).put((byte) 32).put((byte) 8).put((byte) 255);
        d.putInt(0);
        d.put(vendor);
        d.position(32 + pad(vendor.length));
        d.put((byte) 24).put((byte) 32).put((byte) 32).put(new byte[5]); // pixmap format
        d.putInt(0x100).putInt(0x20).putInt(0xffffff).putInt(0).putInt(0); // root, colormap, white, black, masks
        d.putShort((short) 1024).putShort((short) 768).putShort((short) 270).putShort((short) 200);
        d.putShort((short) 1).putShort((short) 1).putInt(0x21); // installed maps, root visual
        d.put((byte) 0).put((byte) 0).put((byte) 24).put((byte) 1); // backing stores, save unders, depth, depths
        d.put((byte) 24).put((byte) 0).putShort((short) 1).putInt(0); // depth 24 with one visual
        d.putInt(0x21).put((byte) 4).put((byte) 8).putShort((short) 256) // TrueColor
                .putInt(0xff0000).putInt(0xff00).putInt(0xff).putInt(0);
        byte[] data = d.array();
        ByteBuffer r = ByteBuffer.allocate(8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        r.put((byte) 1).put((byte) 0).putShort((short) 11).putShort((short) 0).putShort((short) (data.length / 4));
        r.put(data);
        return r.array();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
