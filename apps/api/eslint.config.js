import base from "@rebound/eslint-config/base";

// The fixtures stand in for built web and embed assets; they are served, not linted.
// no-network.mjs is plain JavaScript preloaded with `node --import` into the MCP stdio server.
export default [...base, { ignores: ["test/fixtures/**", "test/support/no-network.mjs"] }];
