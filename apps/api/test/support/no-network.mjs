// Preloaded (`node --import`) into the MCP stdio server under test: any attempt to reach a
// network (a socket, a DNS lookup, an HTTP request, fetch, a UDP socket, a listening server)
// is written to stderr and refused, so the test sees the debrief stayed on the machine.
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import tls from "node:tls";

const refuse = (what) =>
  function refused() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    throw new Error(`network refused in this process: ${what}`);
  };

net.Socket.prototype.connect = refuse("net.Socket#connect");
net.Server.prototype.listen = refuse("net.Server#listen");
net.connect = net.createConnection = refuse("net.connect");
tls.connect = refuse("tls.connect");
for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) {
  dns[name] = refuse(`dns.${name}`);
  dns.promises[name] = refuse(`dns.promises.${name}`);
}
http.request = http.get = refuse("http.request");
https.request = https.get = refuse("https.request");
dgram.createSocket = refuse("dgram.createSocket");
globalThis.fetch = refuse("fetch");
globalThis.WebSocket = refuse("WebSocket");
syncBuiltinESMExports();
