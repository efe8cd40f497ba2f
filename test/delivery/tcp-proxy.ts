/**
 * A TCP proxy in front of PostgreSQL for fault injection: it forwards bytes both ways, and on command
 * resets every connection (RST, as a failover or a middlebox would), or stalls them (keeps the
 * sockets open but forwards nothing, as a network partition does) until resumed.
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface TcpProxy {
  readonly port: number;
  /** Connections currently open through the proxy. */
  readonly open: number;
  /** Destroys every open connection with a reset; new connections are accepted as before. */
  resetAll(): void;
  /** Stops forwarding data on every connection, open and new, until resume(). */
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let stalled = false;

  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.host, port: target.port });
    const pair: Pair = { client, upstream };
    pairs.add(pair);
    const forward = (from: Socket, to: Socket) => {
      from.on("data", (chunk) => {
        if (!to.destroyed) to.write(chunk);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
    if (stalled) {
      client.pause();
      upstream.pause();
    }
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    get open() {
      return pairs.size;
    },
    resetAll() {
      for (const { client, upstream } of [...pairs]) {
        client.resetAndDestroy();
        upstream.resetAndDestroy();
      }
    },
    stall() {
      stalled = true;
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    resume() {
      stalled = false;
      for (const { client, upstream } of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    close: () => new Promise<void>((resolve) => {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      server.close(() => resolve());
    }),
  };
}
