package org.eczemarx.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback between the application and PostgreSQL, so that a test can take the database away (as a
 * network cut or a database crash looks to the application) without touching the shared server: {@link #cut()} closes
 * the listener and every open connection, {@link #restore()} listens again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    /** Listening at once on a free loopback port, unless {@code listening} is false (then it starts cut). */
    public TcpProxy(String targetHost, int targetPort, boolean listening) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        if (listening) {
            listen(first);
        } else {
            first.close();
        }
    }

    public int port() {
        return port;
    }

    /** The database is gone: no new connection is accepted and every open one is closed. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** The database is back, at the same address. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listen(server);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private synchronized void listen(ServerSocket server) {
        listener = server;
        Thread accepting = new Thread(() -> accept(server), "tcp-proxy-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(targetHost, targetPort);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                synchronized (this) {
                    if (listener != server) { // cut meanwhile
                        closeQuietly(client);
                        closeQuietly(upstream);
                        return;
                    }
                    open.add(client);
                    open.add(upstream);
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return; // the listener was closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread copying = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // closed by the other side or by cut()
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump-" + port);
        copying.setDaemon(true);
        copying.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing to do
        }
    }
}
